package org.pactum.web.ui.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pactum.web.ui.browser.DraftEditorPage.cell;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WindowType;
import org.pactum.web.support.Api;

/**
 * Two edits of the same draft that do not overlap: the later save is offered the merged text, each changed place
 * marked with whose change it is, and saving it keeps both. Every test works on a draft it makes itself.
 */
@ExtendWith(SharedServerAndBrowser.class)
class DraftMergeIT {

    private static final String RUSSIAN = "Стороны развивают побратимские связи ежегодными совместными фестивалями.";
    private static final String KAZAKH = "Тараптар бауырластық байланыстарды жыл сайынғы бірлескен фестивальдермен дамытады.";

    private final BrowserUser user;
    private final Api api;

    DraftMergeIT(BrowserUser user, Api api) {
        this.user = user;
        this.api = api;
    }

    @Test
    void the_russian_and_the_kazakh_text_changed_in_two_windows_merge_and_the_merge_saves_both() {
        long id = SisterCityDrafts.create(api);
        user.signInAs("drafter");
        DraftEditorPage editor = DraftEditorPage.open(user, id);
        user.type(cell("subject", "ru", "textarea"), RUSSIAN);

        // Meanwhile the same draft is open in a second window, where its Kazakh text is changed and saved.
        String first = user.browser().getWindowHandle();
        user.browser().switchTo().newWindow(WindowType.WINDOW);
        DraftEditorPage other = DraftEditorPage.open(user, id);
        user.type(cell("subject", "kk", "textarea"), KAZAKH);
        other.save();
        assertTrue(other.messages().contains("Сохранено: редакция 2"), other.messages());
        user.browser().close();
        user.browser().switchTo().window(first);

        editor.save();
        assertAll(
                () -> assertTrue(editor.offersMerge(), "the merged text is offered, not only a conflict report"),
                () -> assertTrue(editor.messages().contains("изменили в другой вкладке"), "the same user: " + editor.messages()),
                () -> assertFalse(editor.messages().contains("Анна Кравец"), "no name for one's own other tab"),
                () -> assertTrue(editor.conflict().contains("Изменено в другой вкладке: правки не пересекаются"), editor.conflict()),
                () -> assertEquals(RUSSIAN, user.value(cell("subject", "ru", "textarea"))),
                () -> assertEquals(KAZAKH, user.value(cell("subject", "kk", "textarea")), "the other window's text is in"),
                () -> assertEquals("Редакция 2", editor.revision(), "the merged text stands on the current revision"),
                () -> assertEquals("yours", editor.markOf("subject", "ru")),
                () -> assertEquals("theirs", editor.markOf("subject", "kk")),
                () -> assertEquals("ваша правка", editor.markLabel("subject", "ru")),
                () -> assertEquals("из другой вкладки", editor.markLabel("subject", "kk")),
                () -> assertEquals("", editor.markOf("costs", "ru"), "untouched places carry no mark"));
        user.screenshot("draft-merge");
        user.screenshotAtWidth("draft-merge-1366", 1366);
        user.screenshotAtWidth("draft-merge-390", 390);

        editor.saveMerged();
        assertTrue(editor.messages().contains("Сохранено: редакция 3"), editor.messages());
        JsonObject subject = subject(api.get("api/v1/agreements/" + id + "/revisions/3", "drafter").json());
        assertEquals(RUSSIAN, subject.getJsonObject("text").getString("ru"));
        assertEquals(KAZAKH, subject.getJsonObject("text").getString("kk"));
    }

    @Test
    void a_merge_with_someone_elses_save_names_them_and_any_save_keeps_both_edits() {
        long id = SisterCityDrafts.create(api);
        user.signInAs("drafter");
        DraftEditorPage editor = DraftEditorPage.open(user, id);
        user.type(cell("subject", "ru", "textarea"), RUSSIAN);

        JsonObject agreement = api.get("api/v1/agreements/" + id, "admin").json();
        Api.Reply saved = api.put("api/v1/agreements/" + id, "admin", withKazakhSubject(agreement, KAZAKH));
        assertEquals(200, saved.status(), saved::toString);

        editor.save();
        assertAll(
                () -> assertTrue(editor.offersMerge(), "the merged text is offered"),
                () -> assertFalse(editor.conflict().contains("вкладк"), "another person, not another tab: " + editor.conflict()),
                () -> assertTrue(editor.markLabel("subject", "kk").startsWith("изменил(а) "), editor.markLabel("subject", "kk")),
                () -> assertEquals(KAZAKH, user.value(cell("subject", "kk", "textarea"))));

        // The merged text stands on the current revision: the ordinary Save stores it too.
        editor.save();
        assertTrue(editor.messages().contains("Сохранено: редакция 3"), editor.messages());
        JsonObject subject = subject(api.get("api/v1/agreements/" + id, "drafter").json());
        assertEquals(RUSSIAN, subject.getJsonObject("text").getString("ru"));
        assertEquals(KAZAKH, subject.getJsonObject("text").getString("kk"));
    }

    private static JsonObject subject(JsonObject withWording) {
        return withWording.getJsonObject("wording").getJsonArray("clauses").stream().map(JsonValue::asJsonObject)
                .filter(clause -> clause.getString("key").equals("subject")).findFirst().orElseThrow();
    }

    /** The body of a save of the agreement as read, with the Kazakh text of its first article replaced. */
    private static String withKazakhSubject(JsonObject agreement, String kazakh) {
        JsonArrayBuilder clauses = Json.createArrayBuilder();
        for (JsonValue value : agreement.getJsonObject("wording").getJsonArray("clauses")) {
            JsonObject clause = value.asJsonObject();
            if (clause.getString("key").equals("subject")) {
                clause = Json.createObjectBuilder(clause)
                        .add("text", Json.createObjectBuilder(clause.getJsonObject("text")).add("kk", kazakh)).build();
            }
            clauses.add(clause);
        }
        JsonArrayBuilder partyIds = Json.createArrayBuilder();
        agreement.getJsonArray("parties").forEach(party -> partyIds.add(party.asJsonObject().getJsonNumber("id")));
        return Json.createObjectBuilder()
                .add("kind", agreement.getString("kind"))
                .add("languages", agreement.getJsonArray("languages"))
                .add("title", agreement.getJsonObject("title"))
                .add("partyIds", partyIds)
                .add("areas", agreement.getJsonArray("areas"))
                .add("term", agreement.getJsonObject("term"))
                .add("version", agreement.getJsonNumber("version"))
                .add("wording", Json.createObjectBuilder(agreement.getJsonObject("wording")).add("clauses", clauses))
                .build().toString();
    }
}
