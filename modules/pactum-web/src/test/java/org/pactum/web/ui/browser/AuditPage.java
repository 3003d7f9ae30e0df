package org.pactum.web.ui.browser;

import java.nio.file.Path;
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

    /**
     * Fills the filter as an auditor does and finds: the agreement by number or title words, the person and the
     * action by the names the lists show, the period as dates (YYYY-MM-DD, set as a date picker would); null or
     * empty leaves a filter as it is.
     */
    void filter(String agreement, String person, String action, String from, String to) {
        if (agreement != null) {
            user.type(By.id("agreement"), agreement);
        }
        if (person != null) {
            user.choose(By.id("actor"), person);
        }
        if (action != null) {
            user.choose(By.id("action"), action);
        }
        if (from != null) {
            user.setHiddenField("from", from);
        }
        if (to != null) {
            user.setHiddenField("to", to);
        }
        user.press(By.id("find"));
    }

    void sortOldestFirst() {
        user.choose(By.id("order"), "Сначала старые");
        user.press(By.id("find"));
    }

    List<Long> sequences() {
        return events().stream().map(row -> Long.parseLong(row.getAttribute("data-sequence"))).toList();
    }

    /** The sentences the details of each event read as, one string per event. */
    List<String> details() {
        return user.all(By.cssSelector("#events tbody tr .col-details")).stream().map(WebElement::getText).toList();
    }

    List<String> people() {
        return user.all(By.cssSelector("#events tbody tr .actor")).stream().map(WebElement::getText).toList();
    }

    /** The agreements a title's words matched, when they matched several. */
    List<String> candidates() {
        return user.all(By.cssSelector("#candidates a")).stream().map(WebElement::getText).toList();
    }

    Path downloadCsv() {
        return user.download(By.id("export-csv"));
    }

    Path downloadJson() {
        return user.download(By.id("export-json"));
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
