package org.pactum.web.ui.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The audit trail: its filter, the events in the order recorded, and the chain check. */
final class AuditPage extends PactumPage {

    static final String PATH = "/audit/audit.xhtml";

    AuditPage(BrowserUser user) {
        super(user);
    }

    /** @param query e.g. {@code ?agreement=PA-1999-99999}, or empty */
    static AuditPage open(BrowserUser user, String query) {
        user.open(PATH + query);
        return new AuditPage(user);
    }

    void filterByAgreement(String number) {
        user.type(By.id("agreement"), number);
        user.press(By.id("find"));
    }

    /** The agreement the trail is filtered by, as linked above it. */
    String subject() {
        return user.text(By.cssSelector("#subject a"));
    }

    List<WebElement> events() {
        return user.all(By.cssSelector("#events tbody tr"));
    }

    List<String> actionLabels() {
        return user.all(By.cssSelector("#events tbody tr .action-label")).stream().map(WebElement::getText).toList();
    }

    String firstActionLabel() {
        return user.text(By.cssSelector("#events tbody tr .action-label"));
    }

    String firstRoles() {
        return user.text(By.cssSelector("#events tbody tr .roles"));
    }

    String verifyButton() {
        return user.browser().findElement(By.id("verify:run")).getAttribute("value");
    }

    void verifyChain() {
        user.press(By.id("verify:run"));
    }

    boolean showsVerdict() {
        return !user.all(By.id("verdict")).isEmpty();
    }

    String verdict() {
        return user.text(By.id("verdict"));
    }

    String verdictClass() {
        return user.browser().findElement(By.id("verdict")).getAttribute("class");
    }
}
