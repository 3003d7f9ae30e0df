package org.pactum.web.api;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.pactum.web.support.Api;
import org.pactum.web.support.DemoSigners;
import org.pactum.web.support.PdfText;
import org.pactum.web.support.SharedApiServer;

/** The REST API v1 against the built WAR on Payara Micro, in demo mode, as its clients use it. */
@ExtendWith(SharedApiServer.class)
class ApiIT {

    private static final String KAZAKH_LETTERS = "ӘҒҚҢӨҰҮҺІ әғқңөұүһі";

    URL base;

    Api api;

    @BeforeEach
    void connect(URL base) {
        this.base = base;
        api = new Api(base);
    }

    // ---- creating, reading, editing -------------------------------------------------------------------------------

    @Test
    void a_drafter_creates_an_agreement_that_can_be_read_back() {
        Api.Reply created = api.post("api/v1/agreements", "drafter", newAgreement("Соглашение о сотрудничестве в сфере образования",
                "Білім беру саласындағы ынтымақтастық туралы келісім " + KAZAKH_LETTERS));
        assertEquals(201, created.status(), created::toString);
        assertNotNull(created.location());
        assertEquals("\"1\"", created.etag());
        JsonObject body = created.json();
        assertEquals("DRAFT", body.getString("status"));
        assertTrue(body.getString("number").matches("PA-\\d{4}-\\d{5}"), body.getString("number"));
        assertEquals("drafter", body.getString("createdBy"));
        assertEquals(List.of("submit", "withdraw"), strings(body, "allowedActions"));

        Api.Reply read = api.get(created.location().replaceFirst("^.*?/api/", "api/"), "auditor");
        assertEquals(200, read.status(), read::toString);
        assertEquals("Білім беру саласындағы ынтымақтастық туралы келісім " + KAZAKH_LETTERS,
                read.json().getJsonObject("title").getString("kk"));
        assertEquals(2, read.json().getJsonArray("parties").size());
        assertEquals(body.getString("createdAt"), read.json().getString("createdAt"));
    }

    @Test
    void a_draft_is_edited_with_the_version_it_was_based_on_and_a_stale_edit_is_refused() {
        JsonObject draft = create("Протокол о намерениях", "Ниеттер туралы хаттама");
        String path = "api/v1/agreements/" + draft.getInt("id");
        long version = draft.getJsonNumber("version").longValue();

        Api.Reply edited = api.put(path, "drafter", withVersion(newAgreement("Протокол о намерениях (ред. 2)", "Хаттама"), version));
        assertEquals(200, edited.status(), edited::toString);
        assertEquals(version + 1, edited.json().getJsonNumber("version").longValue());
        assertEquals("Протокол о намерениях (ред. 2)", edited.json().getJsonObject("title").getString("ru"));

        Api.Reply stale = api.put(path, "drafter", withVersion(newAgreement("Чужая правка", "Басқа"), version));
        assertProblem(stale, 409, "stale-version");
        assertEquals("Протокол о намерениях (ред. 2)", api.get(path, "drafter").json().getJsonObject("title").getString("ru"),
                "the stale write must not have landed");

        Api.Reply withIfMatch = api.call("PUT", path, "drafter", newAgreement("Через If-Match", "If-Match арқылы"),
                "If-Match", "\"" + (version + 1) + "\"");
        assertEquals(200, withIfMatch.status(), withIfMatch::toString);

        assertProblem(api.put(path, "drafter", newAgreement("Без версии", "Нұсқасыз")), 422, "invalid-input");
    }

    @Test
    void invalid_input_is_refused_with_every_offending_field() {
        Api.Reply empty = api.post("api/v1/agreements", "drafter", "{}");
        assertProblem(empty, 422, "invalid-input");
        assertEquals(Set.of("areas", "kind", "languages", "partyIds", "term", "title"), fields(empty.json()));

        String noKazakhTitle = """
                {"kind":"MEMORANDUM_OF_COOPERATION","languages":["ru","kk"],"title":{"ru":"Меморандум"},
                 "partyIds":[%s, 999999],"areas":["TOURISM"],"term":{"years":0,"autoRenewal":false}}
                """.formatted(partyId(0));
        Api.Reply domainRules = api.post("api/v1/agreements", "drafter", noKazakhTitle);
        assertProblem(domainRules, 422, "invalid-input");
        assertEquals(Set.of("partyIds[1]"), fields(domainRules.json()), "unknown parties are reported first, by position");

        String oneParty = noKazakhTitle.replace(", 999999", "");
        Api.Reply rules = api.post("api/v1/agreements", "drafter", oneParty);
        assertProblem(rules, 422, "invalid-input");
        assertEquals(Set.of("parties", "term.years", "title.kk"), fields(rules.json()));

        Api.Reply unknownLanguage = api.post("api/v1/agreements", "drafter",
                newAgreement("Соглашение", "Келісім").replace("\"languages\":[\"ru\",\"kk\"]", "\"languages\":[\"ru\",\"de\"]"));
        assertEquals(Set.of("languages[1]"), fields(unknownLanguage.json()));
    }

    @Test
    void malformed_json_unknown_ids_and_wrong_methods_get_problems_without_internals() {
        Api.Reply malformed = api.post("api/v1/agreements", "drafter", "{\"kind\": ");
        assertProblem(malformed, 400, "malformed-request");
        Api.Reply unknownKind = api.post("api/v1/agreements", "drafter", "{\"kind\": \"TREATY\"}");
        assertProblem(unknownKind, 400, "malformed-request");
        assertProblem(api.get("api/v1/agreements/987654321", "drafter"), 404, "not-found");
        assertProblem(api.get("api/v1/no-such-thing", "drafter"), 404, "not-found");
        assertProblem(api.call("DELETE", "api/v1/agreements/1", "admin", null), 405, "method-not-allowed");
        for (Api.Reply reply : List.of(malformed, unknownKind)) {
            assertFalse(reply.body().contains("Exception") || reply.body().contains("at org."), reply.body());
        }
    }

    // ---- lifecycle ------------------------------------------------------------------------------------------------

    @Test
    void an_agreement_goes_from_draft_to_signed_with_each_step_taken_by_its_role() {
        JsonObject agreement = create("Соглашение о побратимстве", "Бауырлас қалалар туралы келісім");
        String path = "api/v1/agreements/" + agreement.getInt("id");

        agreement = step(path, "submit", "drafter", agreement, null);
        assertEquals("IN_APPROVAL", agreement.getString("status"));
        assertProblem(api.put(path, "drafter", withVersion(newAgreement("Правка", "Түзету"), version(agreement))), 409, "not-editable");

        assertProblem(act(path, "return", "approver1", agreement, null), 422, "invalid-input");
        agreement = step(path, "return", "approver1", agreement, "Уточнить сроки");
        assertEquals("RETURNED", agreement.getString("status"));
        assertEquals("Уточнить сроки", agreement.getString("statusReason"));
        agreement = step(path, "rework", "drafter", agreement, null);
        agreement = step(path, "submit", "drafter", agreement, null);
        agreement = step(path, "approve", "approver1", agreement, null);
        assertEquals("IN_APPROVAL", agreement.getString("status"), "the legal department passed; the deputy head is next");
        assertProblem(act(path, "approve", "approver1", agreement, null), 403, "not-entitled-to-decide");
        agreement = step(path, "approve", "approver2", agreement, null);
        assertEquals("APPROVED", agreement.getString("status"));
        agreement = DemoSigners.signByEveryParty(api, agreement.getInt("id"));
        assertEquals("SIGNED", agreement.getString("status"));
        assertTrue(agreement.getJsonArray("allowedActions").isEmpty());

        Api.Reply afterTheEnd = act(path, "withdraw", "drafter", agreement, "слишком поздно");
        assertProblem(afterTheEnd, 409, "illegal-transition");
    }

    @Test
    void an_illegal_transition_is_refused_with_409_and_changes_nothing() {
        JsonObject agreement = create("Меморандум", "Меморандум");
        String path = "api/v1/agreements/" + agreement.getInt("id");
        assertProblem(act(path, "approve", "approver1", agreement, null), 409, "illegal-transition");
        assertProblem(api.post(path + "/signatures", "signer1", "{\"keySource\":\"server\",\"pin\":\"demo\"}"), 409,
                "not-signable");
        assertEquals("DRAFT", api.get(path, "drafter").json().getString("status"));
        assertProblem(act(path, "submit", "drafter", agreement, null, version(agreement) + 5), 409, "stale-version");
    }

    // ---- registration ---------------------------------------------------------------------------------------------

    @Test
    void approval_gives_the_next_registration_number_of_the_year_and_kind_and_the_audit_trail_names_it() {
        JsonObject first = submitted("Соглашение о торгово-экономическом сотрудничестве", "Сауда-экономикалық ынтымақтастық туралы келісім");
        JsonObject second = submitted("Соглашение о сотрудничестве в сфере туризма", "Туризм саласындағы ынтымақтастық туралы келісім");
        assertFalse(first.containsKey("registration"), "no registration before approval: " + first);

        first = approvedAlongTheRoute(first);
        second = approvedAlongTheRoute(second);

        String number = first.getJsonObject("registration").getString("number");
        assertTrue(number.matches("^СС-\\d{4}/\\d{3}$"), number);
        String date = first.getJsonObject("registration").getString("date");
        assertTrue(date.matches("\\d{4}-\\d{2}-\\d{2}"), date);
        assertEquals(date.substring(0, 4), number.substring(3, 7), "the sequence is that of the registration date's year");
        String next = second.getJsonObject("registration").getString("number");
        assertEquals(serial(number) + 1, serial(next), number + " then " + next);

        String signer = api.get(path(first) + "/signatures", "auditor").json().getJsonObject("next")
                .getJsonArray("signers").getString(0);
        Api.Reply signature = api.post(path(first) + "/signatures", signer, "{\"keySource\":\"server\",\"pin\":\"demo\"}");
        assertEquals(201, signature.status(), signature::toString);
        JsonObject signing = api.get(path(first), "auditor").json();
        assertEquals("SIGNING", signing.getString("status"));
        assertEquals(number, signing.getJsonObject("registration").getString("number"), "the number stays for good");
        assertEquals(number, api.get(path(first), "auditor").json().getJsonObject("registration").getString("number"));

        Api.Reply found = api.get("api/v1/agreements?q=" + encode(number.toLowerCase(Locale.ROOT)), "auditor");
        assertEquals(1, found.json().getJsonNumber("total").intValue(), found::toString);
        assertEquals(first.getInt("id"), found.json().getJsonArray("items").getJsonObject(0).getInt("id"));

        Api.Reply trail = api.get(path(first) + "/audit", "auditor");
        assertEquals(200, trail.status(), trail::toString);
        JsonObject approval = trail.json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(event -> event.getString("action").equals("agreement.approved"))
                .findFirst().orElseThrow(() -> new AssertionError("no approval event: " + trail));
        JsonObject details = Json.createReader(new StringReader(approval.getString("details"))).readObject();
        assertEquals(number, details.getString("registrationNumber"), details::toString);
        assertEquals(date, details.getString("registrationDate"));
    }

    // ---- finding ------------------------------------------------------------------------------------------------

    @Test
    void the_registry_filters_by_status_kind_region_party_and_text_and_pages() {
        assertTrue(total("api/v1/agreements") >= 7, "demo data is there");
        for (String status : List.of("DRAFT", "IN_APPROVAL", "RETURNED", "APPROVED", "SIGNING", "SIGNED", "REJECTED")) {
            Api.Reply page = api.get("api/v1/agreements?status=" + status, "auditor");
            assertEquals(200, page.status(), page::toString);
            assertTrue(page.json().getJsonNumber("total").longValue() >= 1, "a demo agreement in " + status);
            page.json().getJsonArray("items").forEach(item -> assertEquals(status, item.asJsonObject().getString("status")));
        }
        Api.Reply sisterCities = api.get("api/v1/agreements?kind=SISTER_CITY_AGREEMENT", "auditor");
        sisterCities.json().getJsonArray("items")
                .forEach(item -> assertEquals("SISTER_CITY_AGREEMENT", item.asJsonObject().getString("kind")));

        Api.Reply kostanay = api.get("api/v1/agreements?region=KZ-39", "auditor");
        assertEquals(1, kostanay.json().getJsonNumber("total").intValue(), kostanay::toString);
        assertTrue(kostanay.json().getJsonArray("items").getJsonObject(0).getJsonObject("title").getString("ru").contains("Костанайской"));

        assertTrue(total("api/v1/agreements?q=" + encode("ПАВЛОДАР")) >= 2, "case-insensitive Cyrillic");
        assertTrue(total("api/v1/agreements?q=" + encode("бауырлас")) >= 1, "Kazakh title text");
        assertTrue(total("api/v1/agreements?q=" + encode("Торгово-промышленная")) >= 2, "party names");
        assertEquals(0, total("api/v1/agreements?q=" + encode("%_%")), "LIKE wildcards are literal");

        long party = partyId(0);
        Api.Reply byParty = api.get("api/v1/agreements?party=" + party + "&size=100", "auditor");
        byParty.json().getJsonArray("items").forEach(item -> assertTrue(item.asJsonObject().getJsonArray("parties").stream()
                .anyMatch(p -> p.asJsonObject().getJsonNumber("id").longValue() == party)));

        JsonObject second = api.get("api/v1/agreements?size=2&page=1", "auditor").json();
        assertEquals(2, second.getJsonArray("items").size());
        assertEquals(1, second.getInt("page"));
        assertEquals((second.getJsonNumber("total").longValue() + 1) / 2, second.getJsonNumber("pages").longValue());
        assertProblem(api.get("api/v1/agreements?size=1000", "auditor"), 422, "invalid-input");
        assertProblem(api.get("api/v1/agreements?page=2147483647", "auditor"), 422, "invalid-input");
        assertProblem(api.get("api/v1/agreements?status=LOST", "auditor"), 422, "invalid-input");
        assertEquals(1, total("api/v1/agreements?status=signed&kind=sister_city_agreement"), "enum values are case-insensitive");
    }

    @Test
    void regions_and_parties_are_listed_and_admins_maintain_them() {
        Api.Reply regions = api.get("api/v1/regions", "signer1");
        assertEquals(200, regions.status());
        assertTrue(regions.array().stream().anyMatch(r -> r.asJsonObject().getString("code").equals("KZ-55")
                && r.asJsonObject().getJsonObject("name").getString("kk").equals("Павлодар облысы")));

        Api.Reply added = api.post("api/v1/regions", "admin",
                "{\"code\":\"KZ-75\",\"name\":{\"ru\":\"Алматы\",\"kk\":\"Алматы\",\"en\":\"Almaty\"}}");
        assertEquals(201, added.status(), added::toString);
        assertProblem(api.post("api/v1/regions", "admin", "{\"code\":\"KZ-75\",\"name\":{\"ru\":\"Алматы\"}}"), 409, "duplicate");
        assertProblem(api.post("api/v1/regions", "admin", "{\"code\":\"Almaty\",\"name\":{\"ru\":\"Алматы\"}}"), 422, "invalid-input");
        Api.Reply renamed = api.put("api/v1/regions/KZ-75", "admin", "{\"code\":\"KZ-75\",\"name\":{\"ru\":\"город Алматы\"},\"version\":1}");
        assertEquals(200, renamed.status(), renamed::toString);

        Api.Reply party = api.post("api/v1/parties", "drafter", """
                {"organization":{"ru":"Акимат города Алматы","kk":"Алматы қаласының әкімдігі"},"regionCode":"KZ-75",
                 "signatory":{"name":{"ru":"Е. Досаев","kk":"Е. Досаев"},"position":{"ru":"Аким","kk":"Әкім"}}}""");
        assertEquals(201, party.status(), party::toString);
        Api.Reply found = api.get("api/v1/parties?q=" + encode("әкімдігі") + "&region=KZ-75", "auditor");
        assertEquals(1, found.array().size(), found::toString);
        assertEquals("KZ", found.array().getJsonObject(0).getString("country"));
    }

    @Test
    void me_tells_who_is_signed_in() {
        JsonObject me = api.get("api/v1/me", "approver1").json();
        assertEquals("approver1", me.getString("username"));
        assertEquals(List.of("APPROVER"), strings(me, "roles"));
    }

    @Test
    void health_and_openapi_are_served() {
        Api.Reply health = api.get("health", null);
        assertEquals(200, health.status(), health::toString);
        assertEquals("UP", health.json().getString("status"));
        assertTrue(health.json().getJsonArray("checks").stream().anyMatch(check -> check.asJsonObject().getString("name").equals("database")
                && check.asJsonObject().getString("status").equals("UP")), health::toString);
        Api.Reply openapi = api.get("openapi", null);
        assertEquals(200, openapi.status(), openapi::toString);
        assertTrue(openapi.body().contains("/api/v1/agreements/{id}/signatures"));
    }

    // ---- templates and previews -----------------------------------------------------------------------------------

    private static final String PDF_OR_PROBLEM = "application/pdf, application/problem+json";

    @Test
    void templates_are_listed_for_every_kind_with_their_headings() {
        Api.Reply list = api.get("api/v1/templates", "signer1");
        assertEquals(200, list.status(), list::toString);
        assertEquals(Set.of("COOPERATION_AGREEMENT", "SISTER_CITY_AGREEMENT", "MEMORANDUM_OF_COOPERATION", "PROTOCOL_OF_INTENT"),
                list.array().stream().map(t -> t.asJsonObject().getString("kind")).collect(Collectors.toSet()));

        Api.Reply cooperation = api.get("api/v1/templates/cooperation-agreement", "auditor");
        assertEquals(200, cooperation.status(), cooperation::toString);
        assertEquals(List.of("ru", "kk", "en"), strings(cooperation.json(), "languages"));
        JsonObject first = cooperation.json().getJsonArray("clauses").getJsonObject(0);
        assertEquals("Предмет Соглашения", first.getJsonObject("heading").getString("ru"));
        assertEquals("Келісімнің мәні", first.getJsonObject("heading").getString("kk"));

        assertProblem(api.get("api/v1/templates/no-such-template", "drafter"), 404, "not-found");
    }

    @Test
    void a_preview_is_the_agreement_as_a_pdf_filled_from_its_template() throws Exception {
        String titleRu = "Соглашение между Правительством Омской области и акиматом Павлодарской области о сотрудничестве "
                + "в сферах цифровизации, образования, здравоохранения и туризма";
        JsonObject agreement = api.get("api/v1/agreements?q=" + encode("цифровизации, образования"), "auditor").json()
                .getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(found -> found.getJsonObject("title").getString("ru").equals(titleRu)).findFirst().orElseThrow();

        Api.Download preview = api.download(path(agreement) + "/preview", "auditor", PDF_OR_PROBLEM);
        assertEquals(200, preview.status(), preview::toString);
        assertTrue(preview.contentType().startsWith("application/pdf"), preview::toString);
        assertTrue(new String(preview.content(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-"), preview::toString);
        // Named by the number as shown (the registration number once given, its slash a dash), what it is and its
        // languages: Cyrillic kept in filename*, an ASCII filename beside it.
        String shown = (agreement.containsKey("registration")
                ? agreement.getJsonObject("registration").getString("number") : agreement.getString("number")).replace('/', '-');
        assertTrue(preview.contentDisposition().matches("inline; filename=\"[ -~&&[^\"]]+\\.pdf\"; filename\\*=UTF-8''.+"),
                preview.contentDisposition());
        String encoded = preview.contentDisposition().substring(preview.contentDisposition().indexOf("filename*=UTF-8''"));
        assertTrue(encoded.startsWith("filename*=UTF-8''" + URLEncoder.encode(shown + " ", StandardCharsets.UTF_8)
                .replace("+", "%20")), preview.contentDisposition());
        assertTrue(encoded.contains(URLEncoder.encode("проект (ru", StandardCharsets.UTF_8).replace("+", "%20"))
                || encoded.contains(URLEncoder.encode("текст (ru", StandardCharsets.UTF_8).replace("+", "%20")),
                preview.contentDisposition());
        assertTrue(preview.cacheControl().contains("no-store"), preview.cacheControl());

        String text = PdfText.firstPageSqueezed(preview.content());
        assertTrue(text.contains(PdfText.squeezed(titleRu)), "the Russian title: " + text);
        assertTrue(text.contains(PdfText.squeezed("Павлодар облысының әкімдігі")), "the Kazakh party name: " + text);
        assertTrue(text.contains(PdfText.squeezed("Тараптар мынадай салаларда ынтымақтасады")), "the template's Kazakh wording: " + text);
        assertFalse(text.contains("{"), "no placeholder left: " + text);
    }

    @Test
    void a_preview_of_an_unknown_agreement_is_a_not_found_problem() {
        Api.Download missing = api.download("api/v1/agreements/987654321/preview", "drafter", PDF_OR_PROBLEM);
        assertEquals(404, missing.status(), missing::toString);
        assertTrue(missing.contentType().startsWith("application/problem+json"), missing::toString);
        assertTrue(new String(missing.content(), java.nio.charset.StandardCharsets.UTF_8).contains("urn:pactum:problem:not-found"),
                missing::toString);
    }

    // ---- security -------------------------------------------------------------------------------------------------

    /** Every endpoint, who may call it; everyone else must get 403, and nobody without credentials gets in. */
    private static final List<String[]> ENDPOINTS = List.of(
            new String[] {"GET", "api/v1/agreements", "DRAFTER APPROVER SIGNER AUDITOR ADMIN"},
            new String[] {"POST", "api/v1/agreements", "DRAFTER ADMIN"},
            new String[] {"GET", "api/v1/agreements/{id}", "DRAFTER APPROVER SIGNER AUDITOR ADMIN"},
            new String[] {"PUT", "api/v1/agreements/{id}", "DRAFTER ADMIN"},
            new String[] {"POST", "api/v1/agreements/{id}/submit", "DRAFTER ADMIN"},
            new String[] {"POST", "api/v1/agreements/{id}/rework", "DRAFTER ADMIN"},
            new String[] {"POST", "api/v1/agreements/{id}/withdraw", "DRAFTER ADMIN"},
            new String[] {"POST", "api/v1/agreements/{id}/approve", "APPROVER"},
            new String[] {"POST", "api/v1/agreements/{id}/return", "APPROVER"},
            new String[] {"POST", "api/v1/agreements/{id}/reject", "APPROVER"},
            new String[] {"GET", "api/v1/agreements/{id}/signatures", "DRAFTER APPROVER SIGNER AUDITOR ADMIN"},
            new String[] {"POST", "api/v1/agreements/{id}/signatures", "SIGNER"},
            new String[] {"POST", "api/v1/agreements/{id}/signatures/preparations", "SIGNER"},
            new String[] {"GET", "api/v1/agreements/{id}/document", "DRAFTER APPROVER SIGNER AUDITOR ADMIN"},
            new String[] {"GET", "api/v1/parties/{id}/signers", "DRAFTER APPROVER SIGNER AUDITOR ADMIN"},
            new String[] {"PUT", "api/v1/parties/{id}/signers", "ADMIN"},
            new String[] {"GET", "api/v1/users/signer1/signing-key", "ADMIN"},
            new String[] {"GET", "api/v1/regions", "DRAFTER APPROVER SIGNER AUDITOR ADMIN"},
            new String[] {"GET", "api/v1/regions/{code}", "DRAFTER APPROVER SIGNER AUDITOR ADMIN"},
            new String[] {"POST", "api/v1/regions", "ADMIN"},
            new String[] {"PUT", "api/v1/regions/{code}", "ADMIN"},
            new String[] {"GET", "api/v1/parties", "DRAFTER APPROVER SIGNER AUDITOR ADMIN"},
            new String[] {"GET", "api/v1/parties/{id}", "DRAFTER APPROVER SIGNER AUDITOR ADMIN"},
            new String[] {"POST", "api/v1/parties", "DRAFTER ADMIN"},
            new String[] {"PUT", "api/v1/parties/{id}", "DRAFTER ADMIN"},
            new String[] {"GET", "api/v1/me", "DRAFTER APPROVER SIGNER AUDITOR ADMIN"},
            new String[] {"GET", "api/v1/templates", "DRAFTER APPROVER SIGNER AUDITOR ADMIN"},
            new String[] {"GET", "api/v1/templates/{template}", "DRAFTER APPROVER SIGNER AUDITOR ADMIN"},
            new String[] {"GET", "api/v1/agreements/{id}/preview", "DRAFTER APPROVER SIGNER AUDITOR ADMIN"},
            new String[] {"POST", "api/v1/agreements/{id}/preview", "DRAFTER ADMIN"},
            new String[] {"GET", "api/v1/agreements/{id}/revisions", "DRAFTER APPROVER SIGNER AUDITOR ADMIN"},
            new String[] {"GET", "api/v1/agreements/{id}/revisions/1", "DRAFTER APPROVER SIGNER AUDITOR ADMIN"},
            new String[] {"GET", "api/v1/agreements/{id}/revisions/1/pdf", "DRAFTER APPROVER SIGNER AUDITOR ADMIN"},
            new String[] {"GET", "api/v1/agreements/{id}/changes", "DRAFTER APPROVER SIGNER AUDITOR ADMIN"},
            new String[] {"GET", "api/v1/agreements/{id}/comments", "DRAFTER APPROVER SIGNER AUDITOR ADMIN"},
            new String[] {"POST", "api/v1/agreements/{id}/comments", "DRAFTER APPROVER SIGNER ADMIN"},
            new String[] {"GET", "api/v1/agreements/{id}/comments/1", "DRAFTER APPROVER SIGNER AUDITOR ADMIN"},
            new String[] {"POST", "api/v1/agreements/{id}/comments/1/replies", "DRAFTER APPROVER SIGNER ADMIN"},
            new String[] {"POST", "api/v1/agreements/{id}/comments/1/resolve", "DRAFTER APPROVER SIGNER ADMIN"},
            new String[] {"POST", "api/v1/agreements/{id}/comments/1/reopen", "DRAFTER APPROVER SIGNER ADMIN"},
            new String[] {"GET", "api/v1/templates/{template}/versions", "DRAFTER APPROVER SIGNER AUDITOR ADMIN"},
            new String[] {"GET", "api/v1/templates/{template}/versions/1", "DRAFTER APPROVER SIGNER AUDITOR ADMIN"},
            new String[] {"POST", "api/v1/templates", "ADMIN"},
            new String[] {"PUT", "api/v1/templates/{template}", "ADMIN"},
            new String[] {"GET", "api/v1/clause-library", "DRAFTER APPROVER SIGNER AUDITOR ADMIN"},
            new String[] {"GET", "api/v1/clause-library/versions", "DRAFTER APPROVER SIGNER AUDITOR ADMIN"},
            new String[] {"GET", "api/v1/clause-library/versions/1", "DRAFTER APPROVER SIGNER AUDITOR ADMIN"},
            new String[] {"PUT", "api/v1/clause-library", "ADMIN"},
            new String[] {"GET", "api/v1/routes", "DRAFTER APPROVER SIGNER AUDITOR ADMIN"},
            new String[] {"GET", "api/v1/routes/standard", "DRAFTER APPROVER SIGNER AUDITOR ADMIN"},
            new String[] {"POST", "api/v1/routes", "ADMIN"},
            new String[] {"PUT", "api/v1/routes/standard", "ADMIN"},
            new String[] {"GET", "api/v1/approver-groups", "APPROVER ADMIN"},
            new String[] {"PUT", "api/v1/approver-groups/legal-department", "ADMIN"},
            new String[] {"GET", "api/v1/absences", "APPROVER ADMIN"},
            new String[] {"POST", "api/v1/absences", "APPROVER ADMIN"},
            new String[] {"DELETE", "api/v1/absences/1", "APPROVER ADMIN"},
            new String[] {"GET", "api/v1/tasks", "APPROVER ADMIN"},
            new String[] {"POST", "api/v1/tasks/1/delegation", "APPROVER"},
            new String[] {"GET", "api/v1/agreements/{id}/route", "DRAFTER APPROVER SIGNER AUDITOR ADMIN"},
            new String[] {"GET", "api/v1/agreements/{id}/approval-sheet", "DRAFTER APPROVER SIGNER AUDITOR ADMIN"},
            new String[] {"POST", "api/v1/agreements/{id}/decisions", "APPROVER"});

    /** One demo user per role. */
    private static final List<String[]> USERS = List.of(new String[] {"drafter", "DRAFTER"}, new String[] {"approver1", "APPROVER"},
            new String[] {"signer1", "SIGNER"}, new String[] {"auditor", "AUDITOR"}, new String[] {"admin", "ADMIN"});

    @Test
    void every_endpoint_answers_401_without_credentials_and_403_to_every_other_role() {
        String agreementId = String.valueOf(create("Для проверки прав", "Құқықтарды тексеру үшін").getInt("id"));
        String partyId = String.valueOf(partyId(0));
        List<Executable> checks = new ArrayList<>();
        for (String[] endpoint : ENDPOINTS) {
            String method = endpoint[0];
            String path = endpoint[1].replace("{id}", endpoint[1].contains("parties") ? partyId : agreementId).replace("{code}", "RU-OMS")
                    .replace("{template}", "cooperation-agreement");
            String body = method.equals("GET") || method.equals("DELETE") ? null : "{}";
            // A PDF endpoint is asked for a PDF, so content negotiation cannot answer before security does.
            String[] accept = path.endsWith("/preview") || path.endsWith("/pdf") || path.endsWith("/approval-sheet") ? new String[] {"Accept", PDF_OR_PROBLEM} : new String[0];
            checks.add(() -> {
                Api.Reply anonymous = api.call(method, path, null, body, accept);
                assertEquals(401, anonymous.status(), method + " " + path + " without credentials: " + anonymous);
                assertTrue(anonymous.contentType().startsWith("application/problem+json"), anonymous::toString);
            });
            checks.add(() -> {
                // After a few wrong passwords the claimed username is locked (SignInIT): 429 from then on, never in.
                Api.Reply wrongPassword = api.call(method, path, "no-such-user", body, accept);
                assertTrue(wrongPassword.status() == 401 || wrongPassword.status() == 429,
                        method + " " + path + " with bad credentials: " + wrongPassword);
                assertTrue(wrongPassword.contentType().startsWith("application/problem+json"), wrongPassword::toString);
            });
            for (String[] user : USERS) {
                if (!endpoint[2].contains(user[1])) {
                    checks.add(() -> {
                        Api.Reply denied = api.call(method, path, user[0], body, accept);
                        assertEquals(403, denied.status(), method + " " + path + " as " + user[0] + ": " + denied);
                        assertProblem(denied, 403, "forbidden");
                    });
                } else {
                    checks.add(() -> {
                        Api.Reply allowed = api.call(method, path, user[0], body, accept);
                        assertTrue(allowed.status() != 401 && allowed.status() != 403,
                                method + " " + path + " as " + user[0] + " must be allowed: " + allowed);
                    });
                }
            }
        }
        assertAll(checks);
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    private JsonObject create(String titleRu, String titleKk) {
        Api.Reply created = api.post("api/v1/agreements", "drafter", newAgreement(titleRu, titleKk));
        assertEquals(201, created.status(), created::toString);
        return created.json();
    }

    private JsonObject submitted(String titleRu, String titleKk) {
        JsonObject draft = create(titleRu, titleKk);
        return step(path(draft), "submit", "drafter", draft, null);
    }

    private static String path(JsonObject agreement) {
        return "api/v1/agreements/" + agreement.getInt("id");
    }

    /** The serial at the end of a number such as {@code СС-2026/017}. */
    private static int serial(String registrationNumber) {
        return Integer.parseInt(registrationNumber.substring(registrationNumber.lastIndexOf('/') + 1));
    }

    private String newAgreement(String titleRu, String titleKk) {
        return """
                {"kind":"COOPERATION_AGREEMENT","languages":["ru","kk"],
                 "title":{"ru":%s,"kk":%s},
                 "partyIds":[%d,%d],"areas":["EDUCATION","CULTURE"],
                 "term":{"startsOn":null,"years":5,"autoRenewal":true}}
                """.formatted(quote(titleRu), quote(titleKk), partyId(0), partyId(1));
    }

    private static String withVersion(String json, long version) {
        return json.strip().replaceFirst("}$", ",\"version\":" + version + "}");
    }

    /** The demo's route: the legal department (approver1), then the deputy head (approver2). */
    private JsonObject approvedAlongTheRoute(JsonObject agreement) {
        return step(path(agreement), "approve", "approver2", step(path(agreement), "approve", "approver1", agreement,
                null), null);
    }

    private JsonObject step(String path, String action, String user, JsonObject agreement, String reason) {
        Api.Reply reply = act(path, action, user, agreement, reason);
        assertEquals(200, reply.status(), action + " as " + user + ": " + reply);
        return reply.json();
    }

    private Api.Reply act(String path, String action, String user, JsonObject agreement, String reason) {
        return act(path, action, user, agreement, reason, version(agreement));
    }

    private Api.Reply act(String path, String action, String user, JsonObject agreement, String reason, long version) {
        String body = "{\"version\":" + version + (reason == null ? "" : ",\"reason\":" + quote(reason)) + "}";
        return api.post(path + "/" + action, user, body);
    }

    private static long version(JsonObject agreement) {
        return agreement.getJsonNumber("version").longValue();
    }

    private long partyId(int index) {
        return api.get("api/v1/parties?q=" + encode("области"), "drafter").array().getJsonObject(index).getJsonNumber("id").longValue();
    }

    private long total(String path) {
        Api.Reply reply = api.get(path, "auditor");
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getJsonNumber("total").longValue();
    }

    private static void assertProblem(Api.Reply reply, int status, String slug) {
        assertEquals(status, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply::toString);
        JsonObject problem = reply.json();
        assertEquals("urn:pactum:problem:" + slug, problem.getString("type"), reply::toString);
        assertEquals(status, problem.getInt("status"));
        assertFalse(problem.getString("title").isBlank());
    }

    private static Set<String> fields(JsonObject problem) {
        return problem.getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")).collect(Collectors.toSet());
    }

    private static List<String> strings(JsonObject object, String name) {
        return object.getJsonArray(name).stream().map(v -> ((JsonString) v).getString()).toList();
    }

    private static String quote(String text) {
        return jakarta.json.Json.createValue(text).toString();
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
