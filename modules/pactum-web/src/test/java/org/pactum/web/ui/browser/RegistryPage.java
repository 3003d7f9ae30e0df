package org.pactum.web.ui.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The agreement registry: the table, its search form and filters, its pages. */
final class RegistryPage extends PactumPage {

    static final String PATH = "/registry/agreements.xhtml";

    RegistryPage(BrowserUser user) {
        super(user);
    }

    /** @param query e.g. {@code ?status=DRAFT&region=KZ-63}, or empty */
    static RegistryPage open(BrowserUser user, String query) {
        user.open(PATH + query);
        return new RegistryPage(user);
    }

    List<WebElement> rows() {
        return user.all(By.cssSelector("#agreements tbody tr"));
    }

    void search(String text) {
        user.type(By.id("q"), text);
        user.press(By.id("find"));
    }

    /** Chooses a status in the filter and searches again. */
    void filterByStatus(String status) {
        new Select(user.browser().findElement(By.id("status"))).selectByValue(status);
        user.press(By.id("find"));
    }

    /** Chooses a party in the filter, by its name, and searches again. */
    void filterByParty(String name) {
        user.choose(By.id("party"), name);
        user.press(By.id("find"));
    }

    String chosenParty() {
        return new Select(user.browser().findElement(By.id("party"))).getFirstSelectedOption().getText();
    }

    String searchText() {
        return user.browser().findElement(By.id("q")).getAttribute("value");
    }

    String pageOf() {
        return user.text(By.id("pageOf"));
    }

    void next() {
        user.follow(By.id("next"));
    }

    void previous() {
        user.follow(By.id("previous"));
    }

    AgreementPage openTitled(String titleText) {
        user.openAgreementTitled(titleText);
        return new AgreementPage(user);
    }
}
