package org.pactum.web.ui.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.pactum.web.support.Api;
import org.pactum.web.support.PdfText;

/**
 * An agreement's page: its details in three languages, the lifecycle actions each role is offered, its text as a PDF,
 * its text side by side with the threads beside the articles, what changed since the reader's last visit, its
 * revisions and their comparison. The approval test changes the agreement no other test reads; the reading test makes
 * a sister-city draft of its own.
 */
@ExtendWith(SharedServerAndBrowser.class)
class AgreementPageIT {

    private static final Pattern REGISTRATION_NUMBER = Pattern.compile("ПГ-\\d{4}/\\d{3}");

    private final BrowserUser user;
    private final Api api;

    AgreementPageIT(BrowserUser user, Api api) {
        this.user = user;
        this.api = api;
    }

    @Test
    void the_signed_sister_city_agreement_reads_in_kazakh_and_keeps_its_address_when_the_language_changes() {
        user.signInAs("drafter");
        user.switchLanguage("kk");
        AgreementPage agreement = RegistryPage.open(user, "?q=%D0%9F%D0%B0%D0%B2%D0%BB%D0%BE%D0%B4%D0%B0%D1%80&status=SIGNED")
                .openTitled(DemoAgreements.KAZAKH_SISTER_CITY_TITLE);
        assertEquals(AgreementPage.PATH, user.path());
        assertTrue(DemoAgreements.NUMBER.matcher(agreement.number()).matches(), agreement.number());
        assertEquals(DemoAgreements.KAZAKH_SISTER_CITY_TITLE, agreement.title());
        assertEquals("Қол қойылды", agreement.status());
        assertTrue(REGISTRATION_NUMBER.matcher(agreement.registrationNumber()).matches(),
                "registered on approval, under the sister-city prefix: " + agreement.registrationNumber());
        assertTrue(agreement.registrationDate().matches("\\d{2}\\.\\d{2}\\.\\d{4}"), agreement.registrationDate());
        String details = user.pageText();
        assertTrue(details.contains("Есепке алу нөмірі") && details.contains("Тіркеу нөмірі"), "reference and registration number labelled apart");
        assertAll(
                () -> assertTrue(details.contains("Бауырлас қалалар туралы келісім"), "kind"),
                () -> assertTrue(details.contains("Соглашение об установлении побратимских связей между городом Омском"), "Russian title too"),
                () -> assertTrue(details.contains("Павлодар қаласының әкімдігі"), "party in Kazakh"),
                () -> assertTrue(details.contains("Павлодар облысы"), "its region"),
                () -> assertTrue(details.contains("А. Т. Кенжебаев"), "its signatory"),
                () -> assertTrue(details.contains("Мәдениет"), "areas in Kazakh"),
                () -> assertTrue(details.contains("Қолданылу мерзімі, жыл: 10"), "term"),
                () -> assertTrue(details.contains("Анна Кравец"), "created by"),
                () -> assertTrue(agreement.actionButtons().isEmpty(), "a signed agreement is final"));
        user.screenshot("detail");

        String detailQuery = user.query();
        user.switchLanguage("en");
        assertEquals(detailQuery, user.query(), "switching language keeps the page and its parameters");
        assertEquals("Signed", agreement.status());
        assertTrue(user.pageText().contains("Sister-city agreement"));
        user.switchLanguage("ru");
        assertEquals("Подписано", agreement.status());
    }

    @Test
    void an_approver_approves_the_omsk_pavlodar_agreement_in_kazakh() {
        user.signInAs("approver1");
        AgreementPage agreement = RegistryPage.open(user, "?status=IN_APPROVAL&q="
                        + "%D1%86%D0%B8%D1%84%D1%80%D0%BE%D0%B2%D0%B8%D0%B7%D0%B0%D1%86%D0%B8%D0%B8")
                .openTitled("Соглашение между Правительством Омской области и акиматом Павлодарской области о сотрудничестве");
        assertEquals("На согласовании", agreement.status());
        user.switchLanguage("kk");
        assertEquals("Келісуде", agreement.status());

        agreement.act("RETURN");
        assertTrue(agreement.actions().contains("Себебін көрсетіңіз"), "returning needs a reason");
        assertEquals("Келісуде", agreement.status(), "nothing changed");

        // A page older than the agreement: someone else acted in between.
        agreement.pretendToBeOlder();
        agreement.act("APPROVE");
        assertTrue(agreement.messages().contains("басқа пайдаланушы өзгертті"), agreement.messages());
        assertTrue(agreement.offersReload(), "a way to reload");
        agreement.reload();

        agreement.act("APPROVE");
        assertEquals("Келісуде", agreement.status(), "the legal department passed; the deputy head is next");
        assertFalse(agreement.offers("APPROVE"), "one decision per person and stage");
        user.screenshot("after-approve-legal");

        user.forget();
        user.signInAs("approver2");
        agreement = RegistryPage.open(user, "?status=IN_APPROVAL&q="
                        + "%D1%86%D0%B8%D1%84%D1%80%D0%BE%D0%B2%D0%B8%D0%B7%D0%B0%D1%86%D0%B8%D0%B8")
                .openTitled("Соглашение между Правительством Омской области и акиматом Павлодарской области о сотрудничестве");
        user.switchLanguage("kk");
        agreement.act("APPROVE");
        assertEquals("Келісілді", agreement.status());
        assertTrue(agreement.messages().contains("Келісілді"), agreement.messages());
        assertFalse(agreement.offers("APPROVE"), "approved once is enough");
        user.screenshot("after-approve");
    }

    @Test
    void an_auditor_reads_but_is_offered_no_action() {
        user.signInAs("drafter");
        assertTrue(DemoAgreements.openEastKazakhstanMemorandum(user).offers("SUBMIT"), "the drafter may submit this draft");

        user.forget();
        user.signInAs("auditor");
        AgreementPage agreement = DemoAgreements.openEastKazakhstanMemorandum(user);
        assertEquals("Проект", agreement.status());
        assertTrue(agreement.actionButtons().isEmpty(), "no buttons for an auditor");
        assertTrue(agreement.actions().contains("Для вашей роли действий"));
        assertTrue(agreement.userRoles().contains("Аудитор"));
    }

    @Test
    void an_unknown_agreement_is_a_readable_not_found_page() {
        user.signInAs("auditor");
        AgreementPage unknown = AgreementPage.open(user, "?id=999999");
        assertEquals("Страница не найдена", unknown.errorTitle());
        String page = user.browser().getPageSource();
        assertFalse(page.contains("Exception") || page.contains("at org."), "no stack trace");

        AgreementPage.open(user, "?id=not-a-number");
        assertEquals("Страница не найдена", unknown.errorTitle());
    }

    @Test
    void the_agreement_text_downloads_as_a_bilingual_pdf_marked_draft_until_approved() throws Exception {
        user.signInAs("drafter");
        Path draft = RegistryPage.open(user, "?region=KZ-63").openTitled(DemoAgreements.EAST_KAZAKHSTAN_MEMORANDUM).downloadText();
        assertTrue(draft.getFileName().toString().matches("\\S+ (проект|жобасы) \\((ru|kk)(, (ru|kk|en))*\\)\\.pdf"),
                draft.toString());
        String draftText = PdfText.text(draft);
        // -raw keeps the content stream's order, in which the diagonal watermark is drawn in one go.
        String draftRaw = PdfText.squeezed(PdfText.text(draft, "-raw"));
        assertAll(
                () -> assertTrue(draftRaw.contains("ПРОЕКТ/ЖОБА"), "marked draft in both languages"),
                () -> assertTrue(PdfText.squeezed(draftText).contains(PdfText.squeezed("Шығыс Қазақстан облысының әкімдігі")), "the Kazakh column"),
                () -> assertTrue(PdfText.squeezed(draftText).contains(PdfText.squeezed("Восточно-Казахстанской области")), "the Russian column"));
        assertEquals(AgreementPage.PATH, user.path(), "the page stays");

        Path signed = DemoAgreements.openSisterCityAgreement(user).downloadText();
        assertAll(
                () -> assertFalse(PdfText.squeezed(PdfText.text(signed, "-raw")).contains("ПРОЕКТ/ЖОБА"), "a signed agreement's text is final"),
                () -> assertTrue(Pattern.compile("ПГ\\d{4}/\\d{3}").matcher(PdfText.squeezed(PdfText.text(signed))).find(),
                        "under its registration number"));
    }

    @Test
    void an_approver_reads_the_memorandum_s_revisions_as_pdf_and_compares_the_last_two_article_by_article() throws Exception {
        user.signInAs("approver1");
        AgreementPage agreement = DemoAgreements.openEastKazakhstanMemorandum(user);

        List<WebElement> revisions = agreement.revisions();
        assertEquals(List.of("2", "1"), revisions.stream().map(row -> row.getAttribute("data-revision")).toList(), "newest first");
        WebElement latest = revisions.getFirst();
        String hash = latest.findElement(By.cssSelector("code.hash")).getAttribute("title");
        assertAll(
                () -> assertTrue(latest.getText().contains("Анна Кравец"), "who saved it: " + latest.getText()),
                () -> assertTrue(latest.getText().contains("текущая"), latest.getText()),
                () -> assertTrue(latest.getText().contains("✓ не изменена"), latest.getText()),
                () -> assertTrue(hash.matches("[0-9a-f]{64}"), hash),
                () -> assertTrue(latest.getText().contains(hash.substring(0, 12) + "…"), latest.getText()),
                () -> assertTrue(agreement.comparisonProposes("from", 1), "the comparison proposes the last change"),
                () -> assertTrue(agreement.comparisonProposes("to", 2)),
                () -> assertFalse(agreement.comparisonProposes("to", 1)));

        // The first revision's text, as it read before the fairs were added to article 3.
        Path first = agreement.downloadRevision(1);
        assertTrue(first.getFileName().toString().matches("\\S+ (редакция 1|1-редакциясы|revision 1) \\(.+\\)\\.pdf"),
                first.toString());
        String russian = PdfText.squeezed(PdfText.text(first, "-x", "0", "-y", "0", "-W", "298", "-H", "842"));
        assertAll(
                () -> assertTrue(russian.contains(PdfText.squeezed("организуют деловые миссии, выставки и переговоры")), russian),
                () -> assertFalse(russian.contains(PdfText.squeezed("совместные ярмарки")), "revision 2's words are not in it"),
                () -> assertTrue(PdfText.squeezed(PdfText.text(first)).contains(PdfText.squeezed("редакция 1")), "headed with its revision"));

        ChangesPage changes = agreement.compareRevisions();
        assertEquals(ChangesPage.PATH, user.path());
        assertTrue(user.query().contains("from=1") && user.query().contains("to=2"), user.query());
        assertTrue(changes.sides().contains("Редакция 1") && changes.sides().contains("Редакция 2"));
        WebElement reworded = changes.article("forms");
        WebElement added = changes.article("information");
        assertAll(
                () -> assertEquals("REWORDED", reworded.getAttribute("data-kind")),
                () -> assertTrue(reworded.getText().contains("изменена формулировка"), reworded.getText()),
                () -> assertTrue(reworded.getText().contains("Номер: 3 → 3"), reworded.getText()),
                () -> assertTrue(ChangesPage.inserted(reworded, "ru").contains("совместные ярмарки"), ChangesPage.inserted(reworded, "ru")),
                () -> assertTrue(ChangesPage.inserted(reworded, "kk").contains("бірлескен жәрмеңкелерді"), ChangesPage.inserted(reworded, "kk")),
                () -> assertFalse(ChangesPage.inserted(reworded, "ru").contains("выставки"), "words kept are not marked"),
                () -> assertTrue(ChangesPage.text(reworded, "ru").contains(
                        "организуют деловые миссии, совместные ярмарки, выставки и переговоры"), "the text reads whole"),
                () -> assertEquals("ADDED", added.getAttribute("data-kind")),
                () -> assertTrue(added.getText().contains("добавлена") && added.getText().contains("Номер: — → 4"), added.getText()),
                () -> assertTrue(ChangesPage.inserted(added, "ru").contains("Обмен информацией"), "a new article is inserted whole"),
                () -> assertTrue(ChangesPage.inserted(added, "kk").contains("Ақпарат алмасу")),
                () -> assertTrue(changes.unchanged().matches("Статей без изменений: \\d+\\."), changes.unchanged()));
        user.screenshot("changes");
        changes.backToAgreement();
        assertEquals(AgreementPage.PATH, user.path());
    }

    @Test
    void an_approver_coming_back_after_the_drafter_s_edit_sees_what_changed_and_the_comment_beside_its_article() {
        long id = SisterCityDrafts.create(api);
        user.signInAs("approver1");
        AgreementPage firstVisit = AgreementPage.open(user, "?id=" + id);
        assertFalse(firstVisit.showsChangesSinceSeen(), "nothing to tell on a first visit");
        WebElement costs = firstVisit.readingRow("costs");
        assertAll(
                () -> assertEquals(List.of("ru", "kk"), costs.findElements(By.cssSelector("td[data-lang]")).stream()
                        .map(cell -> cell.getAttribute("data-lang")).toList(), "a column per language, in one row"),
                () -> assertFalse(firstVisit.readingCell("costs", "kk").isBlank(), "the Kazakh text beside the Russian"),
                () -> assertTrue(user.text(By.id("readingText")).contains("Администрация города Омска"),
                        "the parties, filled into the preamble and signature blocks"),
                () -> assertEquals("Нерешённых обсуждений нет", firstVisit.unresolvedThreads()));
        firstVisit.discussion().start("costs", "Уточните, кто оплачивает проезд делегаций.");
        assertFalse(firstVisit.showsChangesSinceSeen(), "the same revision seen again");

        String reworded = "Расходы на проезд и проживание делегаций несёт направляющая Сторона.";
        user.forget();
        user.signInAs("drafter");
        DraftEditorPage editor = DraftEditorPage.open(user, id);
        user.type(DraftEditorPage.cell("costs", "ru", "textarea"), reworded);
        editor.save();
        assertEquals("2", editor.revision().replaceAll("\\D", ""), editor.revision());
        AgreementPage own = editor.toAgreement();
        assertFalse(own.showsChangesSinceSeen(), "the drafter knows the revision they saved");

        user.forget();
        user.signInAs("approver1");
        AgreementPage agreement = AgreementPage.open(user, "?id=" + id);
        String notice = agreement.changesSinceSeen();
        WebElement changed = agreement.readingRow("costs");
        assertAll(
                () -> assertTrue(notice.contains("Изменено с тех пор, как вы видели редакцию 1"), notice),
                () -> assertTrue(notice.contains("Сейчас действует редакция 2") && notice.contains("Изменено статей: 1, удалено: 0"), notice),
                () -> assertEquals(List.of("costs"), agreement.articlesMarkedChanged()),
                () -> assertTrue(changed.findElement(By.cssSelector("th")).getText().contains("Изменена"), changed.getText()),
                () -> assertEquals(reworded, agreement.readingCell("costs", "ru"), "the text as it reads now"),
                () -> assertTrue(changed.findElement(By.cssSelector("td.col-beside details[data-side-thread]")).getText()
                        .contains("Уточните, кто оплачивает проезд делегаций."), "the comment beside its article"),
                () -> assertEquals("Нерешённых обсуждений: 1", agreement.unresolvedThreads()));
        assertTrue(agreement.unfoldRedline("costs", "ru").contains("проживание"), "the words inserted, marked");
        user.screenshotAtWidth("reading-changed-since", 1366);
        user.screenshotAtWidth("reading-changed-since-phone", 390);
        assertTrue(user.pageWidthAt(390) <= 390, "no sideways scrolling on a phone: " + user.pageWidthAt(390));

        ChangesPage changes = agreement.allChangesSinceSeen();
        assertTrue(user.query().contains("from=1") && user.query().contains("to=2"), user.query());
        assertTrue(ChangesPage.inserted(changes.article("costs"), "ru").contains("проживание"), "the full redline");
        AgreementPage again = changes.backToAgreement();
        assertFalse(again.showsChangesSinceSeen(), "revision 2 is seen now");
        user.switchLanguage("kk");
        assertEquals("Шешілмеген талқылаулар: 1", again.unresolvedThreads());
        user.switchLanguage("ru");
    }
}
