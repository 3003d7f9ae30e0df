package org.pactum.web.ui.browser;

import org.openqa.selenium.By;

/** Administration › Regions or Parties: a list with an edit link per row and the form beside it. */
final class DirectoryAdminPage extends PactumPage {

    DirectoryAdminPage(BrowserUser user) {
        super(user);
    }

    /** Opens the form of the row whose data attribute ({@code data-region}, {@code data-party}) has this value. */
    void edit(String attribute, String value) {
        user.follow(By.cssSelector("tr[" + attribute + "='" + value + "'] td.row-actions a"));
    }

    String row(String attribute, String value) {
        return user.text(By.cssSelector("tr[" + attribute + "='" + value + "']"));
    }

    /** Replaces a field's text and saves the form. */
    void change(String form, String field, String text) {
        user.type(By.id(form + ":" + field), text);
        user.press(By.id(form + ":save"));
    }
}
