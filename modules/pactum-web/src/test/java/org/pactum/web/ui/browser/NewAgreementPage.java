package org.pactum.web.ui.browser;

import org.openqa.selenium.By;

/** A new agreement: its template chosen, then its titles, parties, areas and term filled in. */
final class NewAgreementPage extends PactumPage {

    static final String PATH = "/drafting/new-agreement.xhtml";

    NewAgreementPage(BrowserUser user) {
        super(user);
    }

    /** @param query e.g. {@code ?template=sister-city-agreement}, or empty */
    static NewAgreementPage open(BrowserUser user, String query) {
        user.open(PATH + query);
        return new NewAgreementPage(user);
    }

    String templates() {
        return user.text(By.id("templates"));
    }

    void chooseTemplate(String key) {
        user.follow(By.cssSelector("a[data-template=" + key + "]"));
    }

    String form() {
        return user.text(By.id("agreement"));
    }

    boolean languageChosen(String language) {
        return user.browser().findElement(By.cssSelector("input[name='agreement:languages'][value='" + language + "']")).isSelected();
    }

    /** @param index 0 for the first language's title */
    void title(int index, String title) {
        user.type(By.id("agreement:titles:" + index + ":title"), title);
    }

    void party(int index, String organization) {
        user.choose(By.id("agreement:parties:" + index + ":party"), organization);
    }

    void area(String area) {
        user.click(By.cssSelector("input[name='agreement:areas'][value=" + area + "]"));
    }

    void years(String years) {
        user.type(By.id("agreement:years"), years);
    }

    void create() {
        user.press(By.id("agreement:create"));
    }
}
