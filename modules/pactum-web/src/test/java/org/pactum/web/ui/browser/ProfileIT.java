package org.pactum.web.ui.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.pactum.web.support.Api;

/**
 * My profile: a signer reaches it from their name in the header, is refused an address that is none, and sets
 * another address and Kazakh, which the pages follow at once and the API reads back.
 */
@ExtendWith(SharedServerAndBrowser.class)
class ProfileIT {

    private final BrowserUser user;
    private final Api api;

    ProfileIT(BrowserUser user, Api api) {
        this.user = user;
        this.api = api;
    }

    @Test
    void a_signer_sets_an_address_and_kazakh_and_the_pages_follow() {
        user.signInAs("signer1");
        user.follow(By.id("profile"));
        assertEquals("/account/profile.xhtml", user.path());
        assertEquals("signer1@pactum.example", user.browser().findElement(By.id("contact:email")).getAttribute("value"),
                "the demo user's address");
        user.screenshot("profile");
        user.screenshotAtWidth("profile-phone", 390);
        assertTrue(user.pageWidthAt(390) <= 390, "the profile never scrolls sideways on a phone");

        user.type(By.id("contact:email"), "sokolov at omskportal");
        user.press(By.id("contact:save"));
        assertTrue(user.pageText().contains("Укажите адрес"), user.pageText());
        user.screenshot("profile-refused");

        try {
            user.type(By.id("contact:email"), "a.sokolov@omskportal.example");
            user.choose(By.id("contact:language"), "Қазақша");
            user.press(By.id("contact:save"));
            assertTrue(user.pageText().contains("Профиль сақталды."), user.pageText());
            assertTrue(user.pageText().contains("Менің профилім"), "the pages are in Kazakh now");
            user.screenshot("profile-saved-kk");
            JsonObject profile = api.get("api/v1/me/profile", "signer1").json();
            assertEquals("a.sokolov@omskportal.example", profile.getString("email"));
            assertEquals("kk", profile.getString("language"));
            JsonObject audited = api.get("api/v1/audit/events?actor=signer1&action=user.contact-changed", "auditor")
                    .json();
            assertTrue(audited.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .anyMatch(event -> event.toString().contains("a.sokolov@omskportal.example")), audited::toString);
        } finally {
            Api.Reply restored = api.put("api/v1/me/profile", "signer1",
                    "{\"email\":\"signer1@pactum.example\",\"language\":\"ru\"}");
            assertEquals(200, restored.status(), restored::toString);
            user.switchLanguage("ru");
        }
    }
}
