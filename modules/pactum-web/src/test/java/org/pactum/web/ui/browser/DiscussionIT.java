package org.pactum.web.ui.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Comment threads on an agreement's articles. Changes the East Kazakhstan memorandum's open thread and starts one on
 * the returned agricultural agreement; no other test reads either discussion's state.
 */
@ExtendWith(SharedServerAndBrowser.class)
class DiscussionIT {

    private final BrowserUser user;

    DiscussionIT(BrowserUser user) {
        this.user = user;
    }

    @Test
    void an_approver_reads_the_memorandum_s_discussion_then_answers_and_resolves_the_open_thread() {
        user.signInAs("approver1");
        AgreementPage agreement = DemoAgreements.openEastKazakhstanMemorandum(user);
        DiscussionSection discussion = agreement.discussion();

        WebElement forms = discussion.article("forms");
        WebElement information = discussion.article("information");
        WebElement settled = forms.findElement(By.cssSelector("details.thread"));
        WebElement open = information.findElement(By.cssSelector("details.thread"));
        assertAll(
                () -> assertTrue(forms.findElement(By.tagName("h3")).getText().startsWith("Статья 3."), forms.findElement(By.tagName("h3")).getText()),
                () -> assertEquals("Статья 4. Обмен информацией", information.findElement(By.tagName("h3")).getText()),
                () -> assertTrue(settled.getAttribute("class").contains("resolved"), "a settled thread is marked"),
                () -> assertEquals(null, settled.getAttribute("open"), "and folded away"),
                () -> assertTrue(settled.getText().contains("Решено: Игорь Лебедев"), settled.getText()),
                () -> assertTrue(settled.getText().contains("редакция 1"), "started on the first revision: " + settled.getText()),
                () -> assertTrue(open.getAttribute("class").contains("open"), open.getAttribute("class")),
                () -> assertTrue(open.getText().contains("Жыл сайын емес, жарты жылда бір рет алмасқан дұрыс болар ма?"), open.getText()),
                () -> assertFalse(open.getText().contains("редакция "), "started on the current revision: " + open.getText()));
        user.screenshot("discussion");

        String thread = open.getAttribute("data-thread");
        discussion.answer(thread, "Согласны: раз в полгода, перечень — к 1 июля и 1 января.");
        assertTrue(agreement.messages().contains("Ответ добавлен."), agreement.messages());
        WebElement answered = discussion.thread(thread);
        assertTrue(answered.findElement(By.cssSelector("ol.replies")).getText().contains("Игорь Лебедев")
                && answered.getText().contains("перечень — к 1 июля"), answered.getText());

        discussion.press(thread, "resolve");
        assertTrue(agreement.messages().contains("Обсуждение отмечено как решённое."), agreement.messages());
        assertTrue(discussion.thread(thread).getAttribute("class").contains("resolved"));
        assertTrue(discussion.openThreads().isEmpty(), "both threads settled");

        // A page that still shows the thread open: resolving it again is refused, and the thread is shown as it is.
        discussion.pretendThreadIsOlder(thread);
        discussion.unfold(thread);
        discussion.press(thread, "reopen");
        assertTrue(agreement.messages().contains("изменил другой участник"), agreement.messages());
        user.screenshot("discussion-resolved");

        user.switchLanguage("kk");
        assertEquals("Редакциялар", agreement.revisionsHeading());
        assertEquals("Талқылау", discussion.heading());
        assertEquals("4-бап. Ақпарат алмасу", discussion.articleHeading("information"));
        assertTrue(discussion.summary(thread).contains("Шешілді"));
        assertEquals("Қайта ашу", user.browser().findElement(DiscussionSection.button(thread, "reopen")).getAttribute("value"));
        user.screenshot("discussion-kk");
    }

    @Test
    void a_comment_reads_exactly_as_typed_and_a_signed_agreement_s_discussion_is_read_only() {
        user.signInAs("drafter");
        AgreementPage returned = RegistryPage.open(user, "?status=RETURNED").openTitled("сельскохозяйственной техники");
        DiscussionSection discussion = returned.discussion();
        String markup = "<script>alert(1)</script> & <b>жирный</b>";
        discussion.start("conditions", markup);
        assertTrue(returned.messages().contains("Начато обсуждение статьи 2."), returned.messages());
        WebElement thread = discussion.article("conditions").findElement(By.cssSelector("details.thread"));
        assertEquals(markup, thread.findElement(By.cssSelector(".comment-text")).getText());
        String page = user.browser().getPageSource();
        assertFalse(page.contains("<script>alert(1)"), "never as markup");
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "but as the characters typed");

        discussion.press(thread.getAttribute("data-thread"), "reply");
        assertTrue(returned.messages().contains("Напишите текст"), "an empty answer is refused: " + returned.messages());

        DiscussionSection signed = DemoAgreements.openSisterCityAgreement(user).discussion();
        assertTrue(signed.closedNotice().contains("«Подписано»"), signed.closedNotice());
        assertTrue(!signed.offersToStart() && !signed.hasForms(), "no forms on a signed agreement's discussion");

        user.forget();
        user.signInAs("auditor");
        DiscussionSection read = DemoAgreements.openEastKazakhstanMemorandum(user).discussion();
        assertTrue(read.text().contains("Ваша роль позволяет читать обсуждение"), read.text());
        assertFalse(read.hasForms(), "auditors read");
    }
}
