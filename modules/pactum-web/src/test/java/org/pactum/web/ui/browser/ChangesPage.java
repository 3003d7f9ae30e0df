package org.pactum.web.ui.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The comparison of two revisions, article by article and word by word. */
final class ChangesPage extends PactumPage {

    static final String PATH = "/revisions/changes.xhtml";

    ChangesPage(BrowserUser user) {
        super(user);
    }

    /** Which two revisions are compared. */
    String sides() {
        return user.text(By.id("sides"));
    }

    /** @param key the article's key, e.g. {@code forms} */
    WebElement article(String key) {
        return user.browser().findElement(By.cssSelector("#articles article[data-key=" + key + "]"));
    }

    /** What a changed article marks as inserted in one language's column, all insertions put together. */
    static String inserted(WebElement article, String language) {
        return article.findElements(By.cssSelector("[data-lang=" + language + "] ins")).stream().map(WebElement::getText)
                .reduce("", String::concat);
    }

    static String text(WebElement article, String language) {
        return article.findElement(By.cssSelector("[data-lang=" + language + "] .text")).getText();
    }

    String unchanged() {
        return user.text(By.id("unchanged"));
    }

    AgreementPage backToAgreement() {
        user.follow(By.linkText("← К соглашению"));
        return new AgreementPage(user);
    }
}
