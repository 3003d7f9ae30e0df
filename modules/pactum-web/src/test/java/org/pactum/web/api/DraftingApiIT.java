package org.pactum.web.api;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pactum.web.support.Api;
import org.pactum.web.support.PdfText;
import org.pactum.web.support.SharedApiServer;

/**
 * Drafting through the REST API on the built WAR: drafts from templates, revisions and their comparison, concurrent
 * edits, comments, templates kept by administrators, and the preview of unsaved changes.
 */
@ExtendWith(SharedApiServer.class)
class DraftingApiIT {

    private static final String PDF_OR_PROBLEM = "application/pdf, application/problem+json";
    private static final String KAZAKH_LETTERS = "ӘҒҚҢӨҰҮҺІ әғқңөұүһі";

    Api api;

    @BeforeEach
    void connect(URL base) {
        api = new Api(base);
    }

    // ---- drafts from templates, revisions -------------------------------------------------------------------------

    @Test
    void a_draft_starts_from_the_named_template_in_its_languages_as_revision_one() {
        JsonObject draft = create("sister-city-agreement", "SISTER_CITY_AGREEMENT");
        assertEquals(1, draft.getInt("revision"));
        assertEquals("sister-city-agreement/1", draft.getString("template"));
        assertTrue(draft.getString("contentHash").matches("[0-9a-f]{64}"), draft::toString);
        JsonArray clauses = draft.getJsonObject("wording").getJsonArray("clauses");
        assertEquals(8, clauses.size());
        JsonObject first = clauses.getJsonObject(0);
        assertEquals("subject", first.getString("key"));
        assertEquals(Set.of("ru", "kk"), first.getJsonObject("text").keySet());
        assertTrue(draft.getJsonObject("wording").getJsonObject("preamble").getString("ru").contains("{party1.organization}"),
                "placeholders stay in the wording; the PDF fills them");

        JsonArray revisions = api.get(path(draft) + "/revisions", "auditor").array();
        assertEquals(1, revisions.size());
        JsonObject revision = revisions.getJsonObject(0);
        assertEquals(draft.getString("contentHash"), revision.getString("contentHash"));
        assertTrue(revision.getBoolean("intact"));
        assertEquals("drafter", revision.getString("author"));

        assertProblem(api.post("api/v1/agreements", "drafter", newAgreement("no-such-template", "SISTER_CITY_AGREEMENT")),
                404, "not-found");
        Api.Reply wrongKind = api.post("api/v1/agreements", "drafter", newAgreement("sister-city-agreement", "PROTOCOL_OF_INTENT"));
        assertProblem(wrongKind, 422, "invalid-input");
        assertEquals(Set.of("kind"), fields(wrongKind.json()));
    }

    @Test
    void each_save_is_a_revision_and_two_revisions_compare_article_by_article_in_each_language() {
        JsonObject draft = create("cooperation-agreement", "COOPERATION_AGREEMENT");
        String reworded = "Тараптар ынтымақтастықты теңдік пен өзара пайда негізінде дамытады. " + KAZAKH_LETTERS;
        JsonObject saved = save(draft, wording -> edit(wording, clauses -> {
            JsonArrayBuilder out = Json.createArrayBuilder();
            for (JsonValue value : clauses) {
                JsonObject clause = value.asJsonObject();
                String key = clause.getString("key");
                if (key.equals("costs")) {
                    continue;
                }
                if (key.equals("subject")) {
                    clause = Json.createObjectBuilder(clause).add("text", Json.createObjectBuilder(clause.getJsonObject("text"))
                            .add("kk", reworded)).build();
                }
                if (key.equals("term")) {
                    // Moved to the front: the only article whose place among the others changes.
                    continue;
                }
                out.add(clause);
            }
            out.add(Json.createObjectBuilder()
                    .add("heading", Json.createObjectBuilder().add("ru", "Конфиденциальность").add("kk", "Құпиялылық"))
                    .add("text", Json.createObjectBuilder().add("ru", "Стороны не раскрывают полученную информацию.")
                            .add("kk", "Тараптар алынған ақпаратты жария етпейді.")));
            JsonArrayBuilder moved = Json.createArrayBuilder().add(find(clauses, "term"));
            out.build().forEach(moved::add);
            return moved.build();
        }));
        assertEquals(2, saved.getInt("revision"));
        assertNotEquals(draft.getString("contentHash"), saved.getString("contentHash"));
        List<String> keys = saved.getJsonObject("wording").getJsonArray("clauses").stream()
                .map(clause -> clause.asJsonObject().getString("key")).toList();
        assertEquals("term", keys.getFirst());
        assertFalse(keys.contains("costs"));
        String added = keys.getLast();
        assertTrue(added.matches("c-\\d+"), "a new article gets a key: " + keys);

        Api.Reply changes = api.get(path(draft) + "/changes", "approver1");
        assertEquals(200, changes.status(), changes::toString);
        JsonObject comparison = changes.json();
        assertEquals(1, comparison.getInt("from"));
        assertEquals(2, comparison.getInt("to"));
        assertEquals(Set.of("subject", "costs", "term", added), comparison.getJsonArray("clauses").stream()
                .map(clause -> clause.asJsonObject().getString("key")).collect(Collectors.toSet()),
                "only changed articles are listed: " + comparison);
        JsonObject subject = clause(comparison, "subject");
        assertEquals("REWORDED", subject.getString("change"));
        JsonArray languages = subject.getJsonArray("languages");
        assertEquals(List.of("kk"), languages.stream().map(language -> language.asJsonObject().getString("language")).toList(),
                "the Russian text did not change");
        assertEquals(reworded, languages.getJsonObject(0).getString("textAfter"));
        String inserted = languages.getJsonObject(0).getJsonArray("text").stream().map(JsonValue::asJsonObject)
                .filter(segment -> segment.getString("type").equals("INSERTED")).map(segment -> segment.getString("text"))
                .collect(Collectors.joining());
        assertTrue(inserted.contains(KAZAKH_LETTERS), "the word diff shows the inserted words: " + subject);
        assertEquals("REMOVED", clause(comparison, "costs").getString("change"));
        assertEquals("ADDED", clause(comparison, added).getString("change"));
        assertEquals("MOVED", clause(comparison, "term").getString("change"));

        Api.Reply backwards = api.get(path(draft) + "/changes?from=2&to=1", "auditor");
        assertEquals("ADDED", clause(backwards.json(), "costs").getString("change"));
        assertProblem(api.get(path(draft) + "/changes?from=1&to=7", "auditor"), 422, "invalid-input");

        JsonObject first = api.get(path(draft) + "/revisions/1", "auditor").json();
        assertTrue(first.getJsonObject("wording").getJsonArray("clauses").stream()
                .anyMatch(clause -> clause.asJsonObject().getString("key").equals("costs")), "revision 1 stays as it was");
        assertEquals("COOPERATION_AGREEMENT", first.getJsonObject("fields").getString("kind"));
    }

    @Test
    void a_new_article_never_takes_the_key_of_one_removed_in_an_earlier_revision() {
        JsonObject draft = create("cooperation-agreement", "COOPERATION_AGREEMENT");
        JsonObject withArticle = save(draft, wording -> edit(wording, clauses -> appended(clauses, "Первая новая статья.")));
        String removedKey = lastKey(withArticle);
        JsonObject removed = save(withArticle, wording -> edit(wording,
                clauses -> Json.createArrayBuilder(clauses.stream()
                        .filter(clause -> !clause.asJsonObject().getString("key").equals(removedKey)).toList()).build()));
        assertFalse(keys(removed).contains(removedKey));

        JsonObject again = save(removed, wording -> edit(wording, clauses -> appended(clauses, "Вторая новая статья.")));

        String newKey = lastKey(again);
        assertNotEquals(removedKey, newKey, "comments and comparisons of the removed article must not attach to the new one");
        assertTrue(newKey.matches("c-\\d+"), newKey);
        JsonObject comparison = api.get(path(draft) + "/changes?from=2&to=4", "auditor").json();
        assertEquals("REMOVED", clause(comparison, removedKey).getString("change"));
        assertEquals("ADDED", clause(comparison, newKey).getString("change"));
    }

    @Test
    void any_revision_prints_as_it_was_saved_and_the_current_one_exactly_as_the_agreements_text() throws Exception {
        JsonObject draft = create("cooperation-agreement", "COOPERATION_AGREEMENT");
        String first = "Тараптар алғашқы редакцияда жәрмеңкелер өткізеді. " + KAZAKH_LETTERS;
        String second = "Тараптар екінші редакцияда көрмелер ұйымдастырады.";
        JsonObject two = save(draft, wording -> withClauseText(wording, "subject", "kk", first));
        JsonObject renamed = Json.createObjectBuilder(two)
                .add("title", Json.createObjectBuilder(two.getJsonObject("title")).add("ru", "Соглашение в третьей редакции")).build();
        JsonObject three = save(renamed, wording -> withClauseText(wording, "subject", "kk", second));
        assertEquals(3, three.getInt("revision"));

        Api.Download earlier = api.download(path(draft) + "/revisions/2/pdf", "auditor", PDF_OR_PROBLEM);
        assertEquals(200, earlier.status(), earlier::toString);
        String text = PdfText.allSqueezed(earlier.content());
        assertAll(
                () -> assertTrue(text.contains(PdfText.squeezed(first)), "revision 2's Kazakh article, every letter intact"),
                () -> assertFalse(text.contains(PdfText.squeezed(second)), "not revision 3's"),
                () -> assertTrue(text.contains(PdfText.squeezed("Соглашение для проверки черновиков")), "the title it had then"),
                () -> assertFalse(text.contains(PdfText.squeezed("третьей редакции"))),
                () -> assertTrue(text.contains(PdfText.squeezed("редакция 2")), "headed with its revision"),
                () -> assertTrue(earlier.contentDisposition().contains("filename*=UTF-8''") && earlier.contentDisposition()
                        .contains(URLEncoder.encode(" редакция 2 (", StandardCharsets.UTF_8).replace("+", "%20")),
                        earlier.contentDisposition()));

        Api.Download current = api.download(path(draft) + "/revisions/3/pdf", "approver1", PDF_OR_PROBLEM);
        Api.Download preview = api.download(path(draft) + "/preview", "approver1", PDF_OR_PROBLEM);
        assertArrayEquals(preview.content(), current.content(), "the current revision is the agreement's own text, byte for byte");
        assertTrue(PdfText.allSqueezed(current.content()).contains(PdfText.squeezed(second)));

        Api.Download missing = api.download(path(draft) + "/revisions/9/pdf", "auditor", PDF_OR_PROBLEM);
        assertEquals(404, missing.status(), missing::toString);
        assertTrue(missing.contentType().startsWith("application/problem+json"), missing::toString);
    }

    @Test
    void a_save_that_changes_nothing_makes_no_revision() {
        JsonObject draft = create("protocol-of-intent", "PROTOCOL_OF_INTENT");
        JsonObject saved = save(draft, UnaryOperator.identity());
        assertEquals(1, saved.getInt("revision"));
        assertEquals(draft.getJsonNumber("version").longValue(), saved.getJsonNumber("version").longValue());
        assertEquals(1, api.get(path(draft) + "/revisions", "drafter").array().size());
    }

    @Test
    void the_second_of_two_concurrent_editors_gets_409_with_what_the_first_changed_and_nothing_is_overwritten() {
        JsonObject draft = create("memorandum-of-cooperation", "MEMORANDUM_OF_COOPERATION");
        String first = "Тараптар жыл сайын кемінде бір бірлескен жәрмеңке өткізеді.";
        save(draft, wording -> withClauseText(wording, "forms", "kk", first));

        Api.Reply second = api.put(path(draft), "admin",
                input(draft, withClauseText(draft.getJsonObject("wording"), "forms", "ru", "Чужая правка")));
        assertProblem(second, 409, "stale-version");
        JsonObject conflict = second.json().getJsonObject("conflict");
        assertEquals(1, conflict.getInt("yourRevision"));
        assertEquals(2, conflict.getInt("currentRevision"));
        assertEquals("drafter", conflict.getString("changedBy"));
        assertEquals("DRAFT", conflict.getString("status"));
        JsonObject forms = clause(conflict.getJsonObject("changes"), "forms");
        assertEquals(first, forms.getJsonArray("languages").getJsonObject(0).getString("textAfter"));

        JsonObject current = api.get(path(draft), "drafter").json();
        String russian = find(current.getJsonObject("wording").getJsonArray("clauses"), "forms").getJsonObject("text").getString("ru");
        assertNotEquals("Чужая правка", russian, "the stale save must not land");
        assertEquals(2, current.getInt("revision"));
    }

    @Test
    void a_late_save_that_does_not_overlap_is_offered_merged_and_putting_the_merge_keeps_both_edits() {
        JsonObject draft = create("memorandum-of-cooperation", "MEMORANDUM_OF_COOPERATION");
        String kazakh = "Тараптар жыл сайын бірлескен көрме өткізеді.";
        String russian = "Стороны ежегодно проводят совместную выставку.";
        save(draft, wording -> withClauseText(wording, "forms", "kk", kazakh));

        Api.Reply late = api.put(path(draft), "admin", input(draft, withClauseText(draft.getJsonObject("wording"), "forms", "ru", russian)));
        assertProblem(late, 409, "stale-version");
        JsonObject conflict = late.json().getJsonObject("conflict");
        assertFalse(conflict.getBoolean("changedByYou"));
        JsonObject merge = conflict.getJsonObject("merge");
        assertTrue(merge.getBoolean("clean"), merge::toString);
        assertEquals(List.of("article.forms.text.ru"), strings(merge.getJsonArray("fromYours")));
        assertEquals(List.of("article.forms.text.kk"), strings(merge.getJsonArray("fromTheirs")));
        assertEquals(2, api.get(path(draft) + "/revisions", "drafter").array().size(), "nothing is saved by the offer");

        JsonObject merged = merge.getJsonObject("merged");
        assertEquals(conflict.getJsonNumber("currentVersion").longValue(), merged.getJsonNumber("version").longValue());
        Api.Reply saved = api.call("PUT", path(draft), "admin", merged.toString(), "If-Match", "\"" + merged.getJsonNumber("version") + "\"");
        assertEquals(200, saved.status(), saved::toString);
        assertEquals(3, saved.json().getInt("revision"));
        JsonObject forms = find(saved.json().getJsonObject("wording").getJsonArray("clauses"), "forms").getJsonObject("text");
        assertEquals(russian, forms.getString("ru"));
        assertEquals(kazakh, forms.getString("kk"));
    }

    @Test
    void a_late_save_of_the_same_cell_offers_no_merge_to_put_and_a_save_from_another_tab_says_it_was_yours() {
        JsonObject draft = create("memorandum-of-cooperation", "MEMORANDUM_OF_COOPERATION");
        save(draft, wording -> withClauseText(wording, "forms", "ru", "Первая правка."));

        Api.Reply late = api.put(path(draft), "drafter", input(draft, withClauseText(draft.getJsonObject("wording"), "forms", "ru", "Вторая правка.")));
        assertProblem(late, 409, "stale-version");
        JsonObject conflict = late.json().getJsonObject("conflict");
        assertTrue(conflict.getBoolean("changedByYou"), "the first save was the same user's, in another tab");
        JsonObject merge = conflict.getJsonObject("merge");
        assertFalse(merge.getBoolean("clean"));
        assertEquals(List.of("article.forms.text.ru"), strings(merge.getJsonArray("conflicts")));
        assertFalse(merge.containsKey("merged"), merge::toString);
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    @Test
    void bad_wording_is_refused_with_the_fields_named_and_markup_stays_literal_in_the_pdf() throws Exception {
        JsonObject draft = create("cooperation-agreement", "COOPERATION_AGREEMENT");
        Api.Reply tooLong = api.put(path(draft), "drafter", input(draft,
                withClauseText(draft.getJsonObject("wording"), "subject", "ru", "а".repeat(20_001))));
        assertProblem(tooLong, 422, "invalid-input");
        assertEquals(Set.of("wording.clauses[0].text.ru"), fields(tooLong.json()));
        assertTrue(tooLong.json().getJsonArray("errors").getJsonObject(0).getString("message").contains("20000"), tooLong::toString);
        assertEquals(List.of("too-long"), rules(tooLong.json()), "each field names the rule it broke");

        Api.Reply unknownPlaceholder = api.put(path(draft), "drafter", input(draft,
                withClauseText(draft.getJsonObject("wording"), "areas", "kk", "Тараптар {party3.organization} қатысуымен")));
        assertProblem(unknownPlaceholder, 422, "invalid-input");
        assertEquals(Set.of("wording.clauses[1].text.kk"), fields(unknownPlaceholder.json()));
        assertEquals(List.of("unknown-placeholder"), rules(unknownPlaceholder.json()));

        JsonObject twice = edit(draft.getJsonObject("wording"), clauses -> Json.createArrayBuilder(clauses)
                .add(clauses.getJsonObject(0)).build());
        Api.Reply duplicate = api.put(path(draft), "drafter", input(draft, twice));
        assertEquals(Set.of("wording.clauses[8].key"), fields(duplicate.json()));
        assertEquals(List.of("repeated"), rules(duplicate.json()));

        Api.Reply huge = api.put(path(draft), "drafter", input(draft,
                withClauseText(draft.getJsonObject("wording"), "subject", "kk", "ө".repeat(2_200_000))));
        assertProblem(huge, 413, "payload-too-large");
        assertTrue(huge.json().getString("detail").contains("1000000"), huge::toString);

        String markup = "<script>alert('x')</script> & <b>жирный</b>";
        JsonObject saved = save(draft, wording -> withClauseText(wording, "subject", "ru", markup));
        assertEquals(markup, find(saved.getJsonObject("wording").getJsonArray("clauses"), "subject")
                .getJsonObject("text").getString("ru"));
        Api.Download pdf = api.download(path(draft) + "/preview", "drafter", PDF_OR_PROBLEM);
        assertEquals(200, pdf.status(), pdf::toString);
        assertTrue(PdfText.allSqueezed(pdf.content()).contains(PdfText.squeezed(markup)), "markup printed as characters");
    }

    @Test
    void a_draft_with_an_article_not_yet_translated_cannot_be_submitted() {
        JsonObject draft = create("sister-city-agreement", "SISTER_CITY_AGREEMENT");
        JsonObject saved = save(draft, wording -> edit(wording, clauses -> Json.createArrayBuilder(clauses)
                .add(Json.createObjectBuilder().add("key", "museums")
                        .add("heading", Json.createObjectBuilder().add("ru", "Музеи"))
                        .add("text", Json.createObjectBuilder().add("ru", "Музеи городов обмениваются выставками.")))
                .build()));
        Api.Reply submitted = api.post(path(draft) + "/submit", "drafter", "{\"version\":" + saved.getJsonNumber("version") + "}");
        assertProblem(submitted, 422, "invalid-input");
        assertEquals(Set.of("wording.clauses[8].text.kk", "wording.clauses[8].heading.kk"), fields(submitted.json()));
    }

    @Test
    void the_preview_of_unsaved_changes_shows_them_and_stores_nothing() throws Exception {
        JsonObject draft = create("cooperation-agreement", "COOPERATION_AGREEMENT");
        String unsaved = "Тараптар су ресурстарын бірлесіп басқарады.";
        String body = input(draft, withClauseText(draft.getJsonObject("wording"), "subject", "kk", unsaved));
        Api.Download pdf = api.download("POST", path(draft) + "/preview", "drafter", PDF_OR_PROBLEM, body);
        assertEquals(200, pdf.status(), pdf::toString);
        assertTrue(PdfText.allSqueezed(pdf.content()).contains(PdfText.squeezed(unsaved)), "the unsaved Kazakh sentence");
        assertEquals(1, api.get(path(draft), "drafter").json().getInt("revision"), "a preview saves nothing");

        Api.Download invalid = api.download("POST", path(draft) + "/preview", "drafter", PDF_OR_PROBLEM,
                input(draft, withClauseText(draft.getJsonObject("wording"), "subject", "kk", "{nope}")));
        assertEquals(422, invalid.status(), invalid::toString);
    }

    // ---- comments --------------------------------------------------------------------------------------------------

    @Test
    void comments_form_threads_on_an_article_of_a_revision_that_are_resolved_and_reopened_and_audited() {
        JsonObject draft = create("memorandum-of-cooperation", "MEMORANDUM_OF_COOPERATION");
        String comments = path(draft) + "/comments";
        Api.Reply opened = api.post(comments, "approver1",
                "{\"clauseKey\":\"forms\",\"revision\":1,\"text\":\"Прошу назвать ярмарки <b>явно</b>.\"}");
        assertEquals(201, opened.status(), opened::toString);
        long thread = opened.json().getJsonNumber("id").longValue();
        assertFalse(opened.json().getBoolean("resolved"));

        Api.Reply reply = api.post(comments + "/" + thread + "/replies", "drafter", "{\"text\":\"Жәрмеңкелер қосылды.\"}");
        assertEquals(201, reply.status(), reply::toString);
        assertEquals(thread, reply.json().getJsonNumber("thread").longValue());

        long version = api.get(comments + "/" + thread, "drafter").json().getJsonNumber("version").longValue();
        Api.Reply resolved = api.post(comments + "/" + thread + "/resolve", "approver1", "{\"version\":" + version + "}");
        assertEquals(200, resolved.status(), resolved::toString);
        assertTrue(resolved.json().getBoolean("resolved"));
        assertEquals("approver1", resolved.json().getString("resolvedBy"));
        assertProblem(api.post(comments + "/" + thread + "/resolve", "drafter", "{\"version\":" + version + "}"), 409, "stale-version");
        long resolvedVersion = resolved.json().getJsonNumber("version").longValue();
        Api.Reply reopened = api.post(comments + "/" + thread + "/reopen", "drafter", "{\"version\":" + resolvedVersion + "}");
        assertEquals(200, reopened.status(), reopened::toString);
        assertFalse(reopened.json().getBoolean("resolved"));

        JsonArray threads = api.get(comments, "auditor").array();
        assertEquals(1, threads.size());
        assertEquals("Прошу назвать ярмарки <b>явно</b>.", threads.getJsonObject(0).getString("text"));
        assertEquals(1, threads.getJsonObject(0).getJsonArray("replies").size());

        assertEquals(Set.of("clauseKey"), fields(api.post(comments, "drafter",
                "{\"clauseKey\":\"no-such-article\",\"revision\":1,\"text\":\"?\"}").json()));
        assertEquals(Set.of("revision"), fields(api.post(comments, "drafter",
                "{\"clauseKey\":\"forms\",\"revision\":9,\"text\":\"?\"}").json()));
        assertEquals(Set.of("text"), fields(api.post(comments, "drafter",
                "{\"clauseKey\":\"forms\",\"revision\":1,\"text\":\"" + "ы".repeat(4001) + "\"}").json()));

        List<String> actions = api.get(path(draft) + "/audit", "auditor").json().getJsonArray("items").stream()
                .map(event -> event.asJsonObject().getString("action")).toList();
        assertEquals(List.of("agreement.created", "comment.added", "comment.added", "comment.resolved", "comment.reopened"), actions);
    }

    // ---- templates -------------------------------------------------------------------------------------------------

    @Test
    void an_administrator_creates_a_template_and_saves_its_next_version_while_drafts_keep_theirs() {
        JsonObject wording = api.get("api/v1/templates/protocol-of-intent", "admin").json().getJsonObject("wording");
        String template = """
                {"id":"water-protocol","kind":"PROTOCOL_OF_INTENT","languages":["ru","kk"],"wording":%s}
                """.formatted(wording);
        Api.Reply created = api.post("api/v1/templates", "admin", template);
        assertEquals(201, created.status(), created::toString);
        assertEquals(1, created.json().getInt("version"));
        assertEquals("admin", created.json().getString("savedBy"));
        assertProblem(api.post("api/v1/templates", "admin", template), 409, "duplicate");

        JsonObject draftOfOne = create("water-protocol", "PROTOCOL_OF_INTENT");
        assertEquals("water-protocol/1", draftOfOne.getString("template"));

        JsonObject changed = withClauseText(wording, "subject", "kk", "Тараптар су шаруашылығы саласында ынтымақтасады.");
        String next = """
                {"kind":"PROTOCOL_OF_INTENT","languages":["ru","kk"],"wording":%s,"version":1}
                """.formatted(changed);
        Api.Reply revised = api.put("api/v1/templates/water-protocol", "admin", next);
        assertEquals(200, revised.status(), revised::toString);
        assertEquals(2, revised.json().getInt("version"));
        assertProblem(api.put("api/v1/templates/water-protocol", "admin", next), 409, "stale-version");
        Api.Reply unchanged = api.put("api/v1/templates/water-protocol", "admin", next.replace("\"version\":1", "\"version\":2"));
        assertEquals(2, unchanged.json().getInt("version"), "saving a template as it is makes no version: " + unchanged);
        assertEquals(List.of(1, 2), api.get("api/v1/templates/water-protocol/versions", "drafter").array().stream()
                .map(version -> version.asJsonObject().getInt("version")).toList());

        JsonObject draftOfTwo = create("water-protocol", "PROTOCOL_OF_INTENT");
        assertEquals("water-protocol/2", draftOfTwo.getString("template"));
        assertEquals("Тараптар су шаруашылығы саласында ынтымақтасады.", find(draftOfTwo.getJsonObject("wording")
                .getJsonArray("clauses"), "subject").getJsonObject("text").getString("kk"));
        assertEquals("water-protocol/1", api.get(path(draftOfOne), "drafter").json().getString("template"));

        Api.Reply incomplete = api.post("api/v1/templates", "admin", """
                {"id":"Bad Id","kind":"PROTOCOL_OF_INTENT","languages":["ru","kk"],"wording":%s}
                """.formatted(withClauseText(withClauseText(wording, "subject", "kk", null), "conditions", "ru", "{oops}")));
        assertProblem(incomplete, 422, "invalid-input");
        assertEquals(Set.of("id", "wording.clauses[0].text.kk", "wording.clauses[1].text.ru"), fields(incomplete.json()));

        List<String> saved = api.get("api/v1/audit/events?action=template.saved", "auditor").json().getJsonArray("items").stream()
                .map(event -> Json.createReader(new java.io.StringReader(event.asJsonObject().getString("details"))).readObject()
                        .getString("template")).toList();
        assertEquals(2, saved.stream().filter("water-protocol"::equals).count(), saved::toString);
    }

    @Test
    void the_clause_library_offers_standard_articles_a_draft_copies_in_and_an_administrator_keeps() {
        Api.Reply library = api.get("api/v1/clause-library", "drafter");
        assertEquals(200, library.status(), library::toString);
        JsonObject current = library.json();
        assertEquals(List.of("ru", "kk", "en"), current.getJsonArray("languages").stream()
                .map(language -> ((jakarta.json.JsonString) language).getString()).toList());
        JsonObject confidentiality = find(current.getJsonArray("clauses"), "confidentiality");
        assertEquals("Құпиялылық", confidentiality.getJsonObject("heading").getString("kk"));

        JsonObject draft = create("cooperation-agreement", "COOPERATION_AGREEMENT");
        JsonObject saved = save(draft, wording -> edit(wording, clauses -> Json.createArrayBuilder(clauses)
                .add(confidentiality).build()));
        JsonObject copied = find(saved.getJsonObject("wording").getJsonArray("clauses"), "confidentiality");
        assertEquals(Set.of("ru", "kk"), copied.getJsonObject("text").keySet(), "the draft keeps only its own languages");

        int version = current.getInt("version");
        JsonArray reworded = Json.createArrayBuilder(current.getJsonArray("clauses")).add(Json.createObjectBuilder()
                .add("key", "anti-corruption")
                .add("heading", Json.createObjectBuilder().add("ru", "Противодействие коррупции").add("kk", "Сыбайлас жемқорлыққа қарсы іс-қимыл")
                        .add("en", "Anti-corruption"))
                .add("text", Json.createObjectBuilder().add("ru", "Стороны соблюдают антикоррупционное законодательство.")
                        .add("kk", "Тараптар сыбайлас жемқорлыққа қарсы заңнаманы сақтайды.")
                        .add("en", "The Parties comply with anti-corruption laws.")))
                .build();
        String body = Json.createObjectBuilder().add("languages", current.getJsonArray("languages")).add("clauses", reworded)
                .add("version", version).build().toString();
        assertProblem(api.put("api/v1/clause-library", "drafter", body), 403, "forbidden");
        Api.Reply revised = api.put("api/v1/clause-library", "admin", body);
        assertEquals(200, revised.status(), revised::toString);
        assertEquals(version + 1, revised.json().getInt("version"));
        assertProblem(api.put("api/v1/clause-library", "admin", body), 409, "stale-version");

        String untranslated = Json.createObjectBuilder().add("languages", current.getJsonArray("languages"))
                .add("clauses", Json.createArrayBuilder().add(Json.createObjectBuilder().add("key", "x")
                        .add("heading", Json.createObjectBuilder().add("ru", "Статья"))
                        .add("text", Json.createObjectBuilder().add("ru", "Текст {oops}"))))
                .add("version", version + 1).build().toString();
        Api.Reply refused = api.put("api/v1/clause-library", "admin", untranslated);
        assertProblem(refused, 422, "invalid-input");
        assertEquals(Set.of("clauses[0].kk", "clauses[0].en", "clauses[0].text.ru"), fields(refused.json()));
        assertEquals(version + 1, api.get("api/v1/clause-library/versions", "auditor").array().size());
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    private JsonObject create(String template, String kind) {
        Api.Reply created = api.post("api/v1/agreements", "drafter", newAgreement(template, kind));
        assertEquals(201, created.status(), created::toString);
        return created.json();
    }

    private String newAgreement(String template, String kind) {
        return """
                {"kind":"%s","template":"%s","languages":["ru","kk"],
                 "title":{"ru":"Соглашение для проверки черновиков","kk":"Жобаларды тексеруге арналған келісім"},
                 "partyIds":[%d,%d],"areas":["EDUCATION","CULTURE"],
                 "term":{"startsOn":null,"years":5,"autoRenewal":true}}
                """.formatted(kind, template, partyId(0), partyId(1));
    }

    /** Saves the agreement with its wording changed by the function, as the editor would. */
    private JsonObject save(JsonObject agreement, UnaryOperator<JsonObject> change) {
        Api.Reply saved = api.put(path(agreement), "drafter", input(agreement, change.apply(agreement.getJsonObject("wording"))));
        assertEquals(200, saved.status(), saved::toString);
        return saved.json();
    }

    /** The body of a save: the agreement's fields as read, the given wording, and the version read. */
    private static String input(JsonObject agreement, JsonObject wording) {
        JsonArrayBuilder partyIds = Json.createArrayBuilder();
        agreement.getJsonArray("parties").forEach(party -> partyIds.add(party.asJsonObject().getJsonNumber("id")));
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("kind", agreement.getString("kind"))
                .add("languages", agreement.getJsonArray("languages"))
                .add("title", agreement.getJsonObject("title"))
                .add("partyIds", partyIds)
                .add("areas", agreement.getJsonArray("areas"))
                .add("term", agreement.getJsonObject("term"))
                .add("version", agreement.getJsonNumber("version"))
                .add("wording", wording);
        return body.build().toString();
    }

    /** The articles with one more at the end, sent without a key as a new article is. */
    private static JsonArray appended(JsonArray clauses, String text) {
        JsonArrayBuilder out = Json.createArrayBuilder(clauses);
        out.add(Json.createObjectBuilder().add("text", Json.createObjectBuilder().add("ru", text).add("kk", text)));
        return out.build();
    }

    private static List<String> keys(JsonObject agreement) {
        return agreement.getJsonObject("wording").getJsonArray("clauses").stream()
                .map(clause -> clause.asJsonObject().getString("key")).toList();
    }

    private static String lastKey(JsonObject agreement) {
        return keys(agreement).getLast();
    }

    private static JsonObject edit(JsonObject wording, UnaryOperator<JsonArray> clauses) {
        return Json.createObjectBuilder(wording).add("clauses", clauses.apply(wording.getJsonArray("clauses"))).build();
    }

    /** @param text the new text, or null to remove the language's text */
    private static JsonObject withClauseText(JsonObject wording, String key, String language, String text) {
        return edit(wording, clauses -> {
            JsonArrayBuilder out = Json.createArrayBuilder();
            for (JsonValue value : clauses) {
                JsonObject clause = value.asJsonObject();
                if (clause.getString("key").equals(key)) {
                    JsonObjectBuilder texts = Json.createObjectBuilder(clause.getJsonObject("text"));
                    if (text == null) {
                        texts.remove(language);
                    } else {
                        texts.add(language, text);
                    }
                    clause = Json.createObjectBuilder(clause).add("text", texts).build();
                }
                out.add(clause);
            }
            return out.build();
        });
    }

    private static JsonObject find(JsonArray clauses, String key) {
        return clauses.stream().map(JsonValue::asJsonObject).filter(clause -> clause.getString("key").equals(key))
                .findFirst().orElseThrow(() -> new AssertionError("no article " + key + " in " + clauses));
    }

    private static JsonObject clause(JsonObject comparison, String key) {
        return find(comparison.getJsonArray("clauses"), key);
    }

    private static String path(JsonObject agreement) {
        return "api/v1/agreements/" + agreement.getInt("id");
    }

    private long partyId(int index) {
        return api.get("api/v1/parties?q=" + URLEncoder.encode("области", StandardCharsets.UTF_8), "drafter").array()
                .getJsonObject(index).getJsonNumber("id").longValue();
    }

    private static void assertProblem(Api.Reply reply, int status, String slug) {
        assertEquals(status, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply::toString);
        assertEquals("urn:pactum:problem:" + slug, reply.json().getString("type"), reply::toString);
    }

    private static List<String> rules(JsonObject problem) {
        return problem.getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("rule")).toList();
    }

    private static Set<String> fields(JsonObject problem) {
        return problem.getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")).collect(Collectors.toSet());
    }
}
