package org.pactum.web.ui.browser;

import java.nio.file.Path;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** One agreement: its facts, the lifecycle actions the user's role offers, its revisions and downloads. */
final class AgreementPage extends PactumPage {

    static final String PATH = "/agreement/agreement.xhtml";

    AgreementPage(BrowserUser user) {
        super(user);
    }

    static AgreementPage open(BrowserUser user, String query) {
        user.open(PATH + query);
        return new AgreementPage(user);
    }

    /** The agreement's id, from the page's address. */
    String id() {
        return user.query().replaceAll(".*\\bid=(\\d+).*", "$1");
    }

    String number() {
        return user.text(By.id("number"));
    }

    String title() {
        return user.text(By.id("title"));
    }

    String status() {
        return user.text(By.id("status"));
    }

    String registrationNumber() {
        return user.text(By.id("registrationNumber"));
    }

    String registrationDate() {
        return user.text(By.id("registrationDate"));
    }

    /** Every lifecycle button offered. */
    List<WebElement> actionButtons() {
        return user.all(By.cssSelector("#actions input[type=submit]"));
    }

    String actions() {
        return user.text(By.id("actions"));
    }

    /** @param action e.g. {@code APPROVE}, {@code RETURN}, {@code SUBMIT} */
    boolean offers(String action) {
        return !user.all(action(action)).isEmpty();
    }

    void act(String action) {
        user.press(action(action));
    }

    private static By action(String action) {
        return By.cssSelector("input[data-action=" + action + "]");
    }

    /** What a page older than the agreement sends: someone else acted in between. */
    void pretendToBeOlder() {
        user.setHiddenField("actions:version", "999");
    }

    boolean offersReload() {
        return !user.all(By.id("reload")).isEmpty();
    }

    void reload() {
        user.follow(By.id("reload"));
    }

    /** The agreement's text as a PDF, as the preview button gives it. */
    Path downloadText() {
        return user.download(By.id("preview:pdf"));
    }

    boolean offersEditor() {
        return !user.all(By.id("edit")).isEmpty();
    }

    DraftEditorPage edit() {
        user.follow(By.id("edit"));
        return new DraftEditorPage(user);
    }

    // The certificate of completion and the way to the audit trail

    List<WebElement> certificateButtons() {
        return user.all(By.cssSelector("#completion input[data-lang]"));
    }

    static By certificateButton(String language) {
        return By.cssSelector("#completion input[data-lang=" + language + "]");
    }

    Path downloadCertificate(String language) {
        return user.download(certificateButton(language));
    }

    Path downloadCertificateAsJson() {
        return user.download(By.id("certificate:json"));
    }

    boolean leadsToAuditTrail() {
        return !user.all(By.id("auditTrail")).isEmpty();
    }

    AuditPage auditTrail() {
        user.follow(By.id("auditTrail"));
        return new AuditPage(user);
    }

    // Revisions

    String revisionsHeading() {
        return user.text(By.cssSelector("#revisions h2"));
    }

    List<WebElement> revisions() {
        return user.all(By.cssSelector("#revisionList tbody tr"));
    }

    Path downloadRevision(int revision) {
        return user.download(By.cssSelector("#revisionList tr[data-revision='" + revision + "'] a.revision-pdf"));
    }

    /** @param side {@code from} or {@code to} */
    boolean comparisonProposes(String side, int revision) {
        return user.browser().findElement(By.cssSelector("#compare input[name=" + side + "][value='" + revision + "']")).isSelected();
    }

    ChangesPage compareRevisions() {
        user.press(By.id("compareRevisions"));
        return new ChangesPage(user);
    }

    // Reading: the text side by side, the threads beside the articles, what changed since the last visit

    boolean showsChangesSinceSeen() {
        return !user.all(By.id("sinceSeen")).isEmpty();
    }

    String changesSinceSeen() {
        return user.text(By.id("sinceSeen"));
    }

    ChangesPage allChangesSinceSeen() {
        user.follow(By.id("sinceChanges"));
        return new ChangesPage(user);
    }

    /** An article's row in the reading view: its number and mark, a cell per language, its threads beside. */
    WebElement readingRow(String article) {
        return user.browser().findElement(By.cssSelector("#readingText tr.article[data-key='" + article + "']"));
    }

    String readingCell(String article, String language) {
        return user.text(By.cssSelector("#readingText tr.article[data-key='" + article + "'] td[data-lang='" + language + "'] .text"));
    }

    /** What the reading view marks as changed since the reader's last visit: article keys. */
    List<String> articlesMarkedChanged() {
        return user.all(By.cssSelector("#readingText tr.article:has(.since-mark)")).stream()
                .map(row -> row.getAttribute("data-key")).toList();
    }

    /** Unfolds what changed in an article's language since the last visit, and answers the words inserted. */
    String unfoldRedline(String article, String language) {
        String cell = "#readingText tr.article[data-key='" + article + "'] td[data-lang='" + language + "'] details.since-redline";
        user.click(By.cssSelector(cell + " > summary"));
        return user.all(By.cssSelector(cell + " ins")).stream().map(WebElement::getText).reduce("", String::concat);
    }

    String unresolvedThreads() {
        return user.text(By.cssSelector("#reading .reading-head .badge"));
    }

    // Signatures

    /** Each party in signing order, as the signatures section lists it ({@code data-state} signed, next, waiting). */
    List<WebElement> signatures() {
        return user.all(By.cssSelector("#signatures li.turn"));
    }

    String signaturesSection() {
        return user.text(By.id("signatures"));
    }

    /** Whether the page invites the user to sign: only the signer whose turn it is. */
    boolean invitesToSign() {
        return !user.all(By.id("sign")).isEmpty();
    }

    SigningPage sign() {
        user.follow(By.id("sign"));
        return new SigningPage(user);
    }

    /** The agreement as last signed, as the signatures section's button gives it. */
    Path downloadSignedPdf() {
        return user.download(By.id("signedDocument:pdf"));
    }

    DiscussionSection discussion() {
        return new DiscussionSection(user);
    }
}
