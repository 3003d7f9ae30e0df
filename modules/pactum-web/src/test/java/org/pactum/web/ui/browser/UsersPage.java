package org.pactum.web.ui.browser;

import org.openqa.selenium.By;

/** Administration › Users: the accounts by name, and the form that creates one. */
final class UsersPage extends PactumPage {

    static final String PATH = "/admin/users.xhtml";

    UsersPage(BrowserUser user) {
        super(user);
    }

    /** Fills the new-user form and creates the account; the user's own page comes next. */
    UserPage create(String username, String name, String email, String password, String... roleLabels) {
        user.type(By.id("newUser:username"), username);
        user.type(By.id("newUser:displayName"), name);
        user.type(By.id("newUser:email"), email);
        for (String role : roleLabels) {
            user.click(By.xpath("//form[@id='newUser']//label[normalize-space()='" + role + "']"));
        }
        user.type(By.id("newUser:password"), password);
        user.press(By.id("newUser:create"));
        return new UserPage(user);
    }

    /** The row of the account in the list, as its text. */
    String row(String username) {
        return user.text(By.cssSelector("#users tr[data-user='" + username + "']"));
    }
}
