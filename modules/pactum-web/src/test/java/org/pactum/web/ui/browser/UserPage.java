package org.pactum.web.ui.browser;

import org.openqa.selenium.By;

/** Administration › one user: details and roles, access, temporary password, parties signed for. */
final class UserPage extends PactumPage {

    static final String PATH = "/admin/user.xhtml";

    UserPage(BrowserUser user) {
        super(user);
    }

    /** Ticks or unticks a role by its label in the details form, and saves. */
    void toggleRoleAndSave(String roleLabel) {
        user.click(By.xpath("//form[@id='details']//label[normalize-space()='" + roleLabel + "']"));
        user.press(By.id("details:save"));
    }

    void tickPartyAndSave(String organization) {
        user.click(By.xpath("//form[@id='parties']//label[contains(normalize-space(), '" + organization + "')]"));
        user.press(By.id("parties:save"));
    }

    void deactivate() {
        user.press(By.id("access:deactivate"));
    }

    void reactivate() {
        user.press(By.id("access:reactivate"));
    }

    void setPassword(String password, String repeated) {
        user.type(By.id("password:new"), password);
        user.type(By.id("password:repeat"), repeated);
        user.press(By.id("password:set"));
    }

    String access() {
        return user.text(By.id("accessState"));
    }

    boolean offers(String buttonId) {
        return !user.all(By.id(buttonId)).isEmpty();
    }
}
