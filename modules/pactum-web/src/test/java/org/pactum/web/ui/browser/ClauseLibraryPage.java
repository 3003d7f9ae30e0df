package org.pactum.web.ui.browser;

import org.openqa.selenium.By;

/** The clause library: its standard articles per language, its versions, and its editor. */
final class ClauseLibraryPage extends PactumPage {

    static final String PATH = "/library/clause-library.xhtml";
    static final String LINK = "Типовые статьи";

    ClauseLibraryPage(BrowserUser user) {
        super(user);
    }

    /** Follows the navigation's link to the library, in Russian. */
    static ClauseLibraryPage follow(BrowserUser user) {
        user.follow(By.linkText(LINK));
        return new ClauseLibraryPage(user);
    }

    /** An article's heading and text in one language, as the page shows them. */
    static By article(String key, String language) {
        return By.cssSelector("#articles tr.article[data-key='" + key + "'] td[data-lang='" + language + "']");
    }

    /** @param field {@code textarea} for the article's text, {@code input.heading} for its heading */
    static By cell(String key, String language, String field) {
        return By.cssSelector("#libraryTable tr.article[data-key='" + key + "'] td[data-lang='" + language + "'] " + field);
    }

    static By editorRow(String key) {
        return By.cssSelector("#libraryTable tr.article[data-key='" + key + "']");
    }

    static By versionRow(int version) {
        return By.cssSelector("#versions tr[data-version='" + version + "']");
    }

    int version() {
        return Integer.parseInt(user.browser().findElement(By.id("facts")).getAttribute("data-version"));
    }

    String facts() {
        return user.text(By.id("facts"));
    }

    boolean lists(int version) {
        return !user.all(versionRow(version)).isEmpty();
    }

    boolean showsMarkupApplied() {
        return !user.all(By.cssSelector("#articles b")).isEmpty();
    }

    void openVersion(int version) {
        user.follow(By.cssSelector("#versions a[data-open='" + version + "']"));
    }

    /** What an earlier version says about itself. */
    String olderNotice() {
        return user.text(By.id("old"));
    }

    void toCurrent() {
        user.follow(By.id("toCurrent"));
    }

    boolean offersEditing() {
        return !user.all(By.id("actions:edit")).isEmpty();
    }

    String editButton() {
        return user.browser().findElement(By.id("actions:edit")).getAttribute("value");
    }

    void edit() {
        user.press(By.id("actions:edit"));
    }

    void save() {
        user.press(By.id("library:save"));
    }

    /** Saves over a version someone else saved meanwhile. */
    void saveOver() {
        user.press(By.id("library:saveOver"));
    }

    /** What a page opened on an older version sends. */
    void pretendToEdit(int version) {
        user.setHiddenField("library:version", String.valueOf(version));
    }

    String conflict() {
        return user.text(By.id("library:conflict"));
    }
}
