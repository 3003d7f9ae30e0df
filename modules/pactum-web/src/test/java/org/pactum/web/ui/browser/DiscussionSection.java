package org.pactum.web.ui.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The discussion on an agreement's page: comment threads per article, and the form that starts one. */
final class DiscussionSection {

    private final BrowserUser user;

    DiscussionSection(BrowserUser user) {
        this.user = user;
    }

    String text() {
        return user.text(By.id("discussion"));
    }

    String heading() {
        return user.text(By.cssSelector("#discussion h2"));
    }

    /** @param article the article's key, e.g. {@code information} */
    WebElement article(String article) {
        return user.browser().findElement(By.cssSelector(articleCss(article)));
    }

    String articleHeading(String article) {
        return user.text(By.cssSelector(articleCss(article) + " h3"));
    }

    private static String articleCss(String article) {
        return "#discussion .discussed-article[data-article=" + article + "]";
    }

    WebElement thread(String thread) {
        return user.browser().findElement(By.cssSelector(threadCss(thread)));
    }

    private static String threadCss(String thread) {
        return "details[data-thread='" + thread + "']";
    }

    List<WebElement> openThreads() {
        return user.all(By.cssSelector("#discussion details.thread.open"));
    }

    /** @param act {@code reply}, {@code resolve} or {@code reopen} */
    static By button(String thread, String act) {
        return By.cssSelector(threadCss(thread) + " input[data-act=" + act + "]");
    }

    void answer(String thread, String text) {
        user.type(By.cssSelector("textarea[data-thread='" + thread + "']"), text);
        user.press(button(thread, "reply"));
    }

    void press(String thread, String act) {
        user.press(button(thread, act));
    }

    /** What a page that still shows an older state of the thread sends. */
    void pretendThreadIsOlder(String thread) {
        user.setHiddenField(user.browser().findElement(By.cssSelector(threadCss(thread) + " input[type=hidden][id$=version]"))
                .getAttribute("id"), "0");
    }

    /** Unfolds a thread, as a settled one is shown folded. */
    void unfold(String thread) {
        user.browser().findElement(By.cssSelector(threadCss(thread) + " > summary")).click();
    }

    String summary(String thread) {
        return user.text(By.cssSelector(threadCss(thread) + " summary"));
    }

    void start(String article, String text) {
        new Select(user.browser().findElement(By.id("startThread:article"))).selectByValue(article);
        user.type(By.id("startThread:text"), text);
        user.press(By.id("startThread:start"));
    }

    boolean offersToStart() {
        return !user.all(By.id("startThread")).isEmpty();
    }

    boolean hasForms() {
        return !user.all(By.cssSelector("#discussion form")).isEmpty();
    }

    String closedNotice() {
        return user.text(By.id("discussionClosed"));
    }
}
