package org.pactum.web.ui.browser;

import org.openqa.selenium.By;

/** The list of agreement templates. */
final class TemplatesPage extends PactumPage {

    static final String PATH = "/templates/templates.xhtml";

    TemplatesPage(BrowserUser user) {
        super(user);
    }

    /** @param key e.g. {@code protocol-of-intent} */
    String row(String key) {
        return user.text(By.cssSelector("#templates tr[data-template=" + key + "]"));
    }

    TemplatePage openTemplate(String key) {
        user.follow(By.cssSelector("#templates tr[data-template=" + key + "] a.template-id"));
        return new TemplatePage(user);
    }
}
