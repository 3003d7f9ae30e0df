package org.pactum.web.ui.browser;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The draft editor: the articles side by side per language, the library's articles, saving, the live preview. */
final class DraftEditorPage extends PactumPage {

    static final String PATH = "/drafting/draft.xhtml";
    /** The page the preview frame shows: the draft as a PDF. */
    static final String PREVIEW_PATH = "/drafting/draft-preview.xhtml";

    DraftEditorPage(BrowserUser user) {
        super(user);
    }

    static DraftEditorPage open(BrowserUser user, long id) {
        user.open(PATH + "?id=" + id);
        return new DraftEditorPage(user);
    }

    String revision() {
        return user.text(By.id("revision"));
    }

    /** The keys of the editor's articles, top to bottom. */
    List<String> articleKeys() {
        return user.all(By.cssSelector("#wordingTable tr.article")).stream().map(row -> row.getAttribute("data-key")).toList();
    }

    static By row(String key) {
        return By.cssSelector("#wordingTable tr.article[data-key='" + key + "']");
    }

    /** @param field {@code textarea} for the article's text, {@code input.heading} for its heading */
    static By cell(String key, String language, String field) {
        return By.cssSelector("#wordingTable tr.article[data-key='" + key + "'] td[data-lang='" + language + "'] " + field);
    }

    String columnHeadings() {
        return user.browser().findElement(By.cssSelector("#wordingTable thead")).getAttribute("textContent");
    }

    boolean hasLanguageColumn(String language) {
        return !user.all(By.cssSelector("#wordingTable td[data-lang='" + language + "']")).isEmpty();
    }

    String placeholders() {
        return user.browser().findElement(By.id("placeholders")).getAttribute("textContent");
    }

    /** Adds an empty article at the end and returns its key. */
    String addArticle() {
        user.press(By.id("editor:addArticle"));
        return articleKeys().getLast();
    }

    void moveUp(String key) {
        user.press(By.cssSelector("tr.article[data-key='" + key + "'] input[data-act=up]"));
    }

    void save() {
        user.press(By.id("editor:save"));
    }

    /** Saves over what someone else saved meanwhile. */
    void saveOver() {
        user.press(By.id("editor:saveOver"));
    }

    /** Saves the text merged from the user's late save and what was saved meanwhile. */
    void saveMerged() {
        user.press(By.id("editor:saveMerged"));
    }

    /** Whether the page offers the merged text of two edits that do not overlap (rather than a conflict report). */
    boolean offersMerge() {
        return !user.all(By.cssSelector("[id='editor:conflict'].merged")).isEmpty()
                && !user.all(By.id("editor:saveMerged")).isEmpty();
    }

    /** Whose change one language of an article holds after a merge: theirs, yours, both, or empty. */
    String markOf(String key, String language) {
        // An empty mark leaves the attribute out of the page altogether.
        String mark = user.browser().findElement(By.cssSelector("#wordingTable tr.article[data-key='" + key + "'] td[data-lang='"
                + language + "']")).getAttribute("data-mark");
        return mark == null ? "" : mark;
    }

    /** What the page says beside that text about whose change it is. */
    String markLabel(String key, String language) {
        return user.text(cell(key, language, ".merge-mark"));
    }

    void submit() {
        user.press(By.id("editor:submit"));
    }

    String conflict() {
        return user.text(By.id("editor:conflict"));
    }

    boolean showsMarkupInConflict() {
        return !user.all(By.cssSelector("[id='editor:conflict'] b")).isEmpty();
    }

    List<String> changesMeanwhile() {
        return user.all(By.cssSelector("#changes li")).stream().map(WebElement::getText).toList();
    }

    boolean offersReload() {
        return !user.all(By.id("editor:reloadDraft")).isEmpty();
    }

    boolean hasEditor() {
        return !user.all(By.id("editor")).isEmpty();
    }

    boolean hasScriptInWording() {
        return !user.all(By.cssSelector("#wordingTable script")).isEmpty();
    }

    // Articles from the clause library

    List<String> libraryArticlesOffered() {
        return new Select(user.browser().findElement(By.id("editor:standardKey"))).getOptions().stream().map(WebElement::getText).toList();
    }

    void chooseLibraryArticle(String heading) {
        user.choose(By.id("editor:standardKey"), heading);
    }

    /** @param option e.g. {@code после статьи 1 «} */
    void chooseWhereToInsert(String option) {
        user.choose(By.id("editor:standardAfter"), option);
    }

    void insertLibraryArticle() {
        user.press(By.id("editor:insertStandard"));
    }

    String libraryNotice() {
        return user.text(By.id("editor:standard"));
    }

    // The preview

    /** Sends the form to the preview frame; the page stays. */
    void preview() {
        user.click(By.id("editor:preview"));
    }

    /** Waits until the preview frame shows a PDF: Chromium's viewer, on a document of type application/pdf. */
    void awaitPdfInPreview() {
        new WebDriverWait(user.browser(), Duration.ofSeconds(20)).until(driver ->
                "application/pdf".equals(((JavascriptExecutor) driver).executeScript(
                        "var d = document.querySelector('iframe[name=preview]').contentDocument;"
                                + "return d && d.readyState === 'complete' ? d.contentType : null;")));
    }

    /** Marks the PDF in the preview frame, so that a new one sent there is recognised. */
    void markPreview() {
        ((JavascriptExecutor) user.browser()).executeScript(
                "document.querySelector('iframe[name=preview]').contentWindow.pactumMarker = true;");
    }

    /** Waits until the frame shows a new PDF, not the one {@link #markPreview() marked}. */
    void awaitNewPdfInPreview() {
        new WebDriverWait(user.browser(), Duration.ofSeconds(15)).until(driver ->
                Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                        "var w = document.querySelector('iframe[name=preview]').contentWindow;"
                                + "return !w.pactumMarker && w.document.readyState === 'complete'"
                                + " && w.document.contentType === 'application/pdf';")));
    }

    /** The text of the page the preview frame shows instead of a PDF, e.g. why there is none. */
    String problemInPreview() {
        user.browser().switchTo().frame("preview");
        try {
            new WebDriverWait(user.browser(), Duration.ofSeconds(15)).until(driver -> !driver.findElements(By.id("messages")).isEmpty());
            return user.text(By.tagName("body"));
        } finally {
            user.browser().switchTo().defaultContent();
        }
    }

    void screenshotPreview(String name) {
        user.screenshot(By.id("previewCard"), name);
    }

    /** The preview of the form as it is, downloaded as a file. */
    Path downloadPreview() {
        return user.download(By.id("editor:download"));
    }

    AgreementPage toAgreement() {
        user.follow(By.id("toAgreement"));
        return new AgreementPage(user);
    }
}
