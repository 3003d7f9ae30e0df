package org.pactum.web.ui.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pactum.web.ui.browser.DraftEditorPage.cell;
import static org.pactum.web.ui.browser.DraftEditorPage.row;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;
import org.pactum.web.support.Api;
import org.pactum.web.support.PdfText;

/**
 * Drafting: a new agreement from a template, the side-by-side editor, its live preview, saving against someone
 * else's save, the guard on unsaved text, submitting. Every test works on a draft it makes itself.
 */
@ExtendWith(SharedServerAndBrowser.class)
class DraftingIT {

    private static final String KAZAKH_LETTERS = "ӘҒҚҢӨҰҮҺІ әғқңөұүһі";

    private final BrowserUser user;
    private final Api api;

    DraftingIT(BrowserUser user, Api api) {
        this.user = user;
        this.api = api;
    }

    @Test
    void a_drafter_writes_a_sister_city_agreement_in_kazakh_moves_an_article_saves_and_reads_the_preview_pdf() throws Exception {
        user.signInAs("drafter");
        user.switchLanguage("kk");
        user.consoleMessages();
        user.follow(By.linkText("Жаңа келісім"));
        NewAgreementPage form = new NewAgreementPage(user);
        assertEquals(NewAgreementPage.PATH, user.path());
        assertEquals("Жаңа келісім", form.heading());
        assertTrue(form.templates().contains("Бауырлас қалалар туралы келісім"), "templates by kind, in Kazakh");
        form.chooseTemplate("sister-city-agreement");
        assertTrue(user.query().contains("template=sister-city-agreement"), "the choice has an address: " + user.query());
        String fields = form.form();
        assertAll(
                () -> assertTrue(fields.contains("Келісім тілдері") && fields.contains("Тараптар")
                        && fields.contains("Ынтымақтастық салалары") && fields.contains("Қолданылу мерзімі"), fields),
                () -> assertTrue(form.languageChosen("ru"), "the template's languages"),
                () -> assertTrue(form.languageChosen("kk")),
                () -> assertFalse(form.languageChosen("en")));

        form.create();
        assertEquals(NewAgreementPage.PATH, user.path(), "nothing filled in: nothing created");
        assertTrue(form.messages().contains("Белгіленген өрістерді тексеріңіз"), form.messages());
        assertTrue(form.form().contains("Кемінде бір ынтымақтастық саласын таңдаңыз"), "next to the field");

        form.title(0, "Соглашение о побратимских связях Омска и Павлодара (из редактора)");
        form.title(1, "Омбы мен Павлодардың бауырластық байланыстары туралы келісім (редактордан)");
        form.party(0, "Омбы қаласының әкімшілігі");
        form.party(1, "Павлодар қаласының әкімдігі");
        form.area("CULTURE");
        form.area("TOURISM");
        form.years("10");
        user.screenshot("draft-new-kk");
        form.create();

        DraftEditorPage editor = new DraftEditorPage(user);
        assertEquals(DraftEditorPage.PATH, user.path(), user.pageText());
        assertTrue(editor.messages().contains("жобасы үлгі бойынша құрылды"), editor.messages());
        assertEquals("1-редакция", editor.revision());
        List<String> template = editor.articleKeys();
        assertEquals(List.of("subject", "areas", "forms", "coordination", "costs", "disputes", "entry-into-force", "term"), template);
        String columns = editor.columnHeadings();
        assertTrue(columns.contains("Орыс тілі") && columns.contains("Қазақ тілі"), "a column per language: " + columns);
        assertTrue(editor.placeholders().contains("{party1.organization}"), "the placeholders are explained");
        assertEquals("Ынтымақтастық бағыттары", user.value(cell("areas", "kk", "input.heading")));

        String reworded = "Тараптар мәдениет пен туризм салаларында бірлесіп жұмыс істейді: " + KAZAKH_LETTERS + ".";
        user.type(cell("areas", "kk", "textarea"), reworded);
        String added = editor.addArticle();
        assertTrue(added.matches("c-\\d+"), "a fresh key: " + added);
        assertTrue(user.text(row(added)).contains("Аударма жоқ"), "an empty article is marked untranslated");
        assertEquals(reworded, user.value(cell("areas", "kk", "textarea")), "typing survives adding an article");
        user.type(cell(added, "ru", "input.heading"), "Конфиденциальность");
        user.type(cell(added, "ru", "textarea"), "Стороны не раскрывают сведения, полученные друг от друга.");
        user.type(cell(added, "kk", "input.heading"), "Құпиялылық");
        user.type(cell(added, "kk", "textarea"), "Тараптар бір-бірінен алған мәліметтерді жария етпейді.");
        editor.moveUp(added);
        List<String> moved = editor.articleKeys();
        assertEquals(List.of(added, "term"), moved.subList(moved.size() - 2, moved.size()), "moved above the term");
        assertEquals("Құпиялылық", user.value(cell(added, "kk", "input.heading")), "the row moved with its texts");

        editor.save();
        assertTrue(editor.messages().contains("Сақталды: 2-редакция"), editor.messages());
        assertEquals("2-редакция", editor.revision());
        assertEquals(moved, editor.articleKeys(), "saved in the new order");
        assertEquals(reworded, user.value(cell("areas", "kk", "textarea")));
        user.screenshot("draft-editor-kk");

        // The preview frame: the unsaved form goes there, and the script sends it again after typing pauses.
        editor.preview();
        editor.awaitPdfInPreview();
        user.browser().switchTo().defaultContent();
        editor.markPreview();
        user.browser().findElement(cell("forms", "kk", "textarea")).sendKeys(" Қосымша сөйлем.");
        editor.awaitNewPdfInPreview();
        Thread.sleep(1500); // only for the picture: Chromium's viewer draws the pages some time after the PDF has loaded
        editor.screenshotPreview("draft-preview-kk");

        Path pdf = editor.downloadPreview();
        assertTrue(pdf.getFileName().toString().matches("\\S+ (проект|жобасы|draft) \\(.+\\)\\.pdf"), pdf.toString());
        String russian = PdfText.squeezed(PdfText.text(pdf, "-x", "0", "-y", "0", "-W", "298", "-H", "842"));
        String kazakh = PdfText.squeezed(PdfText.text(pdf, "-x", "297", "-y", "0", "-W", "298", "-H", "842"));
        String raw = PdfText.squeezed(PdfText.text(pdf, "-raw"));
        assertAll(
                () -> assertTrue(kazakh.contains(PdfText.squeezed(reworded)), "the new Kazakh sentence: " + kazakh),
                () -> assertTrue(kazakh.contains(PdfText.squeezed("Тараптар бір-бірінен алған мәліметтерді")), "the new article"),
                () -> assertTrue(kazakh.contains("Қосымшасөйлем"), "what was typed after saving: the preview is of the form"),
                () -> assertTrue(russian.contains(PdfText.squeezed("Стороны устанавливают побратимские связи")), "the Russian column"),
                () -> assertTrue(russian.indexOf("Конфиденциальность") < russian.lastIndexOf("Срокдействия"),
                        "the new article stands before the term"),
                () -> assertTrue(raw.contains("ПРОЕКТ/ЖОБА"), "marked draft in both languages"));
        assertEquals(DraftEditorPage.PATH, user.path(), "the page stays");
        List<String> console = user.consoleMessages();
        assertTrue(console.stream().noneMatch(message -> message.contains("Content Security Policy")),
                "the script, the frame and the PDF keep to the policy: " + console);

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String id = user.query().replaceAll(".*\\bid=(\\d+).*", "$1");
        HttpResponse<byte[]> framed = http.send(HttpRequest.newBuilder(user.address(DraftEditorPage.PREVIEW_PATH + "?id=" + id))
                .header("Cookie", user.sessionCookie()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertAll(
                () -> assertEquals("application/pdf", framed.headers().firstValue("Content-Type").orElse("")),
                () -> assertEquals("SAMEORIGIN", framed.headers().firstValue("X-Frame-Options").orElse("")),
                () -> assertTrue(framed.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'self'")),
                () -> assertTrue(framed.headers().firstValue("Content-Disposition").orElse("").startsWith("inline")));

        AgreementPage agreement = editor.toAgreement();
        assertEquals(AgreementPage.PATH, user.path());
        agreement.edit();
        assertEquals(DraftEditorPage.PATH, user.path(), "a draft's page leads its drafter to the editor");
    }

    @Test
    void a_save_after_someone_elses_names_what_they_changed_keeps_the_users_text_and_shows_markup_literally() {
        long id = SisterCityDrafts.create(api);
        user.signInAs("drafter");
        DraftEditorPage editor = DraftEditorPage.open(user, id);
        assertEquals("Редакция 1", editor.revision());
        editor.save();
        assertTrue(editor.messages().contains("Изменений нет: по-прежнему редакция 1"),
                "the browser's line breaks are no change: " + editor.messages());
        String mine = "Стороны развивают побратимство <script>alert('x')</script> на равных началах.";
        user.type(cell("subject", "ru", "textarea"), mine);
        user.type(cell("costs", "ru", "input.heading"), "Расходы Сторон");

        // Meanwhile the same draft is opened in a second tab, its article on costs renamed otherwise and saved: the
        // two edits clash in one place, so the page reports a conflict rather than offering a merge.
        String first = user.browser().getWindowHandle();
        user.browser().switchTo().newWindow(WindowType.TAB);
        DraftEditorPage other = DraftEditorPage.open(user, id);
        user.type(cell("costs", "ru", "input.heading"), "Финансирование <b>расходов</b>");
        other.save();
        assertTrue(other.messages().contains("Сохранено: редакция 2"), other.messages());
        user.browser().close();
        user.browser().switchTo().window(first);

        editor.save();
        String conflict = editor.conflict();
        assertAll(
                () -> assertTrue(editor.messages().contains("изменили в другой вкладке"), "who: " + editor.messages()),
                () -> assertTrue(conflict.contains("вы начинали с редакции 1, текущая — 2"), conflict),
                () -> assertEquals(List.of("Статья 5 «Финансирование <b>расходов</b>»: изменён текст (Русский)"),
                        editor.changesMeanwhile(), "only what was changed"),
                () -> assertFalse(editor.showsMarkupInConflict(), "markup shown, not applied"),
                () -> assertEquals(mine, user.value(cell("subject", "ru", "textarea")), "the user's text is still there"),
                () -> assertEquals("Расходы Сторон", user.value(cell("costs", "ru", "input.heading")), "as the user had it"),
                () -> assertFalse(editor.offersMerge(), "the same heading changed on both sides"),
                () -> assertEquals("Редакция 1", editor.revision()),
                () -> assertTrue(editor.offersReload(), "a way to load the current revision"));
        user.screenshot("draft-conflict");

        editor.save();
        assertTrue(editor.conflict().contains("текущая — 2"), "still refused: the page still stands on revision 1");
        editor.saveOver();
        assertTrue(editor.messages().contains("Сохранено: редакция 3"), editor.messages());
        assertEquals(mine, user.value(cell("subject", "ru", "textarea")), "saved and read back literally");
        assertFalse(editor.hasScriptInWording(), "typed markup never becomes a script");
        String source = user.browser().getPageSource();
        assertTrue(source.contains("&lt;script&gt;alert('x')&lt;/script&gt;") || source.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"),
                "escaped in the page");
    }

    @Test
    void leaving_the_editor_with_unsaved_text_asks_first_but_not_once_it_is_saved() throws Exception {
        long id = SisterCityDrafts.create(api);
        user.signInAs("drafter");
        DraftEditorPage editor = DraftEditorPage.open(user, id);
        assertFalse(user.asksBeforeLeaving(), "nothing typed yet");

        String mine = "Стороны ежегодно обмениваются делегациями городов-побратимов.";
        user.type(cell("subject", "ru", "textarea"), mine);
        assertTrue(user.asksBeforeLeaving(), "typed text: switching the language or signing out would lose it");
        Path pdf = editor.downloadPreview();
        assertTrue(Files.size(pdf) > 0);
        assertTrue(user.asksBeforeLeaving(), "a downloaded preview saves nothing: still asks");

        editor.save();
        assertTrue(editor.messages().contains("Сохранено: редакция 2"), editor.messages());
        assertFalse(user.asksBeforeLeaving(), "saved");
        user.switchLanguage("kk");
        assertEquals(mine, user.value(cell("subject", "ru", "textarea")));

        NewAgreementPage form = NewAgreementPage.open(user, "?template=sister-city-agreement");
        assertFalse(user.asksBeforeLeaving(), "a new agreement's empty form");
        form.years("5");
        assertTrue(user.asksBeforeLeaving(), "a new agreement's form half filled in");
    }

    @Test
    void submitting_names_each_untranslated_article_and_sends_a_complete_draft_for_approval() {
        long id = SisterCityDrafts.create(api);
        user.signInAs("drafter");
        DraftEditorPage editor = DraftEditorPage.open(user, id);
        user.type(cell("costs", "kk", "textarea"), "");
        editor.submit();
        String messages = editor.messages();
        assertAll(
                () -> assertTrue(messages.contains("Направить на согласование пока нельзя"), messages),
                () -> assertTrue(messages.contains("Статья 5 — Казахский: текст не написан"), messages),
                () -> assertTrue(messages.contains("Сохранено: редакция 2"), "saved first: " + messages),
                () -> assertTrue(user.text(row("costs")).contains("Перевод отсутствует"), "marked in its row"),
                () -> assertEquals(DraftEditorPage.PATH, user.path()));

        user.type(cell("costs", "kk", "textarea"), "Әр Тарап {нөмір} шығыстарын өзі көтереді.");
        editor.preview();
        String problem = editor.problemInPreview();
        assertTrue(problem.contains("Предпросмотр не получился")
                && problem.contains("Статья 5 — Казахский: неизвестная подстановка"), "why, in the frame: " + problem);

        user.type(cell("costs", "kk", "textarea"), "Әр Тарап осы Келісімді орындау шығыстарын өзі көтереді.");
        editor.submit();
        AgreementPage agreement = new AgreementPage(user);
        assertEquals(AgreementPage.PATH, user.path());
        assertEquals("На согласовании", agreement.status());
        assertFalse(agreement.offersEditor(), "no editor for an agreement in approval");

        DraftEditorPage.open(user, id);
        assertTrue(editor.messages().contains("редактировать можно только проект"), editor.messages());
        assertFalse(editor.hasEditor());
        assertFalse(user.all(By.linkText("Открыть страницу соглашения")).isEmpty());
    }

    @Test
    void only_drafters_and_administrators_may_open_the_drafting_pages() {
        user.signInAs("approver1");
        assertEquals("Доступ запрещён", NewAgreementPage.open(user, "").errorTitle());
        assertTrue(user.all(By.linkText("Новое соглашение")).isEmpty());
    }
}
