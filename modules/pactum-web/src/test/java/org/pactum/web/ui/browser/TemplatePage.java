package org.pactum.web.ui.browser;

import java.util.List;

import org.openqa.selenium.By;

/** One version of a template: its articles side by side per language, and its versions. */
final class TemplatePage extends PactumPage {

    static final String PATH = "/templates/template.xhtml";

    TemplatePage(BrowserUser user) {
        super(user);
    }

    static TemplatePage open(BrowserUser user, String key) {
        user.open(PATH + "?id=" + key);
        return new TemplatePage(user);
    }

    /** An article's heading and text in one language. */
    static By article(String key, String language) {
        return By.cssSelector("#parallel tr[data-key=" + key + "] td[data-lang=" + language + "]");
    }

    /** The versions listed, as shown. */
    List<String> versions() {
        return user.all(By.cssSelector("#versions li")).stream().map(item -> item.getAttribute("data-version")).toList();
    }

    void openVersion(int version) {
        user.follow(By.cssSelector("#versions li[data-version='" + version + "'] a"));
    }

    /** What an older version says about itself. */
    String olderNotice() {
        return user.text(By.id("older"));
    }

    boolean offersEditing() {
        return !user.all(By.id("edit")).isEmpty();
    }

    TemplateEditPage edit() {
        user.follow(By.id("edit"));
        return new TemplateEditPage(user);
    }

    /** Starts a new template from this one. */
    TemplateEditPage copy() {
        user.follow(By.id("copy"));
        return new TemplateEditPage(user);
    }
}
