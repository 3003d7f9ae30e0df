package org.pactum.web.ui.browser;

import org.openqa.selenium.By;

/** The template editor: every article's heading and text per language, saved as the next version. */
final class TemplateEditPage extends PactumPage {

    static final String PATH = "/templates/edit/template-edit.xhtml";

    TemplateEditPage(BrowserUser user) {
        super(user);
    }

    static TemplateEditPage open(BrowserUser user, String key) {
        user.open(PATH + "?id=" + key);
        return new TemplateEditPage(user);
    }

    /** @param article the article's number, from 1 */
    static By text(int article, String language) {
        return By.cssSelector("textarea[data-article='" + article + "'][data-part=text][data-lang=" + language + "]");
    }

    String fieldError(int article) {
        return user.text(By.cssSelector("fieldset[data-article='" + article + "'] .field-error"));
    }

    void templateId(String key) {
        user.type(By.id("edit:templateId"), key);
    }

    /** What a page opened on an older version sends. */
    void pretendToEdit(int version) {
        user.setHiddenField("edit:version", String.valueOf(version));
    }

    void save() {
        user.press(By.id("edit:save"));
    }

    void saveOver() {
        user.press(By.id("edit:saveOver"));
    }
}
