package org.pactum.web.ui.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pactum.web.ui.browser.ClauseLibraryPage.article;
import static org.pactum.web.ui.browser.DraftEditorPage.cell;

import java.nio.file.Path;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pactum.web.support.Api;
import org.pactum.web.support.PdfText;

/**
 * The clause library: drafters take standard articles from it into a draft of their own; administrators edit it.
 * The administrator changes the notices, amendments and force-majeure articles' English heading; the drafter takes
 * the confidentiality and force-majeure articles' Russian and Kazakh texts, which no test changes.
 */
@ExtendWith(SharedServerAndBrowser.class)
class ClauseLibraryIT {

    private final BrowserUser user;
    private final Api api;

    ClauseLibraryIT(BrowserUser user, Api api) {
        this.user = user;
        this.api = api;
    }

    @Test
    void a_drafter_takes_the_confidentiality_article_from_the_clause_library_saves_and_reads_it_in_the_preview_pdf() throws Exception {
        long id = SisterCityDrafts.create(api);
        user.signInAs("drafter");
        DraftEditorPage editor = DraftEditorPage.open(user, id);
        List<String> template = editor.articleKeys();
        List<String> offered = editor.libraryArticlesOffered();
        assertTrue(offered.containsAll(List.of("Конфиденциальность", "Обстоятельства непреодолимой силы", "Уведомления")),
                "the library's articles, headed in the reader's language: " + offered);

        editor.insertLibraryArticle();
        assertTrue(editor.libraryNotice().contains("Выберите статью из библиотеки"), "nothing chosen, nothing inserted");
        assertEquals(template, editor.articleKeys());

        editor.chooseLibraryArticle("Конфиденциальность");
        editor.insertLibraryArticle();
        List<String> inserted = editor.articleKeys();
        assertAll(
                () -> assertEquals("confidentiality", inserted.getLast(), "after the last article, under the library's key"),
                () -> assertEquals(template.size() + 1, inserted.size()),
                () -> assertEquals("Конфиденциальность", user.value(cell("confidentiality", "ru", "input.heading"))),
                () -> assertEquals("Құпиялылық", user.value(cell("confidentiality", "kk", "input.heading"))),
                () -> assertTrue(user.value(cell("confidentiality", "kk", "textarea")).startsWith("Тараптар осы Келісімді іске асыру")),
                () -> assertFalse(editor.hasLanguageColumn("en"), "only the draft's languages"),
                () -> assertTrue(editor.messages().contains("вставлена под номером " + inserted.size()), editor.messages()),
                () -> assertEquals("Редакция 1", editor.revision(), "not saved yet"));
        assertTrue(editor.libraryArticlesOffered().stream()
                .anyMatch(("Конфиденциальность — уже в тексте (статья " + inserted.size() + ")")::equals), "marked as taken in");

        // A second standard article, after the first article of the draft.
        editor.chooseLibraryArticle("Обстоятельства непреодолимой силы");
        editor.chooseWhereToInsert("после статьи 1 «");
        editor.insertLibraryArticle();
        assertEquals("force-majeure", editor.articleKeys().get(1), "where it was asked for: " + editor.articleKeys());
        user.screenshot("draft-standard-articles");

        editor.save();
        assertTrue(editor.messages().contains("Сохранено: редакция 2"), editor.messages());
        assertEquals("Редакция 2", editor.revision());
        assertEquals("confidentiality", editor.articleKeys().getLast());
        Api.Reply revision = api.get("api/v1/agreements/" + id + "/revisions/2", "drafter");
        assertEquals(200, revision.status(), revision::toString);
        JsonObject confidentiality = revision.json().getJsonObject("wording").getJsonArray("clauses").stream()
                .map(JsonValue::asJsonObject).filter(clause -> clause.getString("key").equals("confidentiality"))
                .findFirst().orElseThrow(() -> new AssertionError("revision 2 has the article: " + revision));
        assertAll(
                () -> assertEquals("Құпиялылық", confidentiality.getJsonObject("heading").getString("kk")),
                () -> assertFalse(confidentiality.getJsonObject("text").containsKey("en"), "the draft keeps only its languages"));

        Path pdf = editor.downloadPreview();
        String text = PdfText.squeezed(PdfText.text(pdf));
        assertAll(
                () -> assertTrue(text.contains("Құпиялылық"), "the Kazakh heading"),
                () -> assertTrue(text.contains("Конфиденциальность"), "the Russian heading"),
                () -> assertTrue(text.contains(PdfText.squeezed("Тараптар осы Келісімді іске асыру барысында алынған ақпараттың")),
                        "the Kazakh text"),
                () -> assertTrue(text.contains(PdfText.squeezed("Обстоятельства непреодолимой силы")), "the second article"));

        ClauseLibraryPage library = ClauseLibraryPage.follow(user);
        assertEquals(ClauseLibraryPage.PATH, user.path());
        assertTrue(user.text(article("confidentiality", "kk")).contains("Құпиялылық"), "drafters read the library");
        assertFalse(library.offersEditing(), "but only administrators change it");
    }

    @Test
    void an_administrator_edits_a_kazakh_text_in_the_clause_library_and_is_told_which_article_lacks_its_english_heading() {
        user.signInAs("admin");
        ClauseLibraryPage library = ClauseLibraryPage.follow(user);
        assertEquals(ClauseLibraryPage.PATH, user.path());
        assertEquals("Библиотека типовых статей", library.heading());
        int before = library.version();
        String shipped = user.text(article("notices", "kk"));
        assertTrue(shipped.contains("Хабарламалар"), shipped);
        user.screenshot("clause-library");

        library.edit();
        String reworded = "Хабарламалар Тараптардың уәкілетті өкілдеріне жазбаша түрде, оның ішінде электрондық пошта арқылы "
                + "<b>кідіріссіз</b> жіберіледі.";
        user.type(ClauseLibraryPage.cell("notices", "kk", "textarea"), reworded);
        library.save();
        assertTrue(library.messages().contains("Сохранена версия " + (before + 1)), library.messages());
        assertAll(
                () -> assertEquals(before + 1, library.version()),
                () -> assertTrue(library.lists(before + 1), "the new version is listed"),
                () -> assertTrue(user.text(ClauseLibraryPage.versionRow(before + 1)).contains("Администратор системы"), "by whom"),
                () -> assertTrue(user.text(article("notices", "kk")).contains(reworded), "markup shown as typed"),
                () -> assertFalse(library.showsMarkupApplied(), "never applied"));

        library.openVersion(before);
        assertAll(
                () -> assertTrue(library.olderNotice().contains("только для чтения"), library.olderNotice()),
                () -> assertEquals(shipped, user.text(article("notices", "kk")), "the earlier version as it was"),
                () -> assertFalse(library.offersEditing(), "an earlier version is not edited"));

        library.toCurrent();
        library.edit();
        user.type(ClauseLibraryPage.cell("force-majeure", "en", "input.heading"), "");
        String amended = "Тараптардың өзара келісімі бойынша осы Келісімге жеке хаттамалармен өзгерістер енгізілуі мүмкін.";
        user.type(ClauseLibraryPage.cell("amendments", "kk", "textarea"), amended);
        library.save();
        String problem = user.text(ClauseLibraryPage.editorRow("force-majeure"));
        assertAll(
                () -> assertTrue(problem.contains("Статья 2 «Обстоятельства непреодолимой силы» — Английский: нужны и заголовок, и текст."),
                        "next to the article, naming it and the language: " + problem),
                () -> assertTrue(library.messages().contains("Версия не сохранена"), library.messages()),
                () -> assertEquals(amended, user.value(ClauseLibraryPage.cell("amendments", "kk", "textarea")), "the input is kept"),
                () -> assertFalse(library.lists(before + 2), "nothing saved"));
        user.screenshot("clause-library-invalid");

        // Meanwhile (as far as this page knows) someone saved: the page still stands on an older version.
        user.type(ClauseLibraryPage.cell("force-majeure", "en", "input.heading"), "Force majeure");
        library.pretendToEdit(before);
        library.save();
        assertAll(
                () -> assertTrue(library.conflict().contains("сохранил(а) версию " + (before + 1)), library.conflict()),
                () -> assertEquals(amended, user.value(ClauseLibraryPage.cell("amendments", "kk", "textarea")), "the input is kept"));
        library.saveOver();
        assertTrue(library.messages().contains("Сохранена версия " + (before + 2)), library.messages());
        assertEquals(amended, user.text(article("amendments", "kk")).lines().skip(1).findFirst().orElse(""));

        user.switchLanguage("kk");
        assertEquals("Үлгі баптар кітапханасы", library.heading());
        assertTrue(library.facts().startsWith((before + 2) + "-нұсқа · сақтаған: Администратор системы"), library.facts());
        assertEquals("Өзгерту", library.editButton());
    }
}
