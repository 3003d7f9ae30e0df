package org.pactum.web.ui.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.pactum.web.support.Api;

/**
 * Administration in the browser: the administrator finds it in the navigation, creates a signer, gives a second role
 * and a party to sign for, deactivates and reactivates the account and sets a temporary password, with which the new
 * person signs in; then adds and renames a region and adds and changes a party in it. Runs on the server the other
 * browser classes share, so it changes only what it made itself.
 */
@ExtendWith(SharedServerAndBrowser.class)
class AdministrationIT {

    private static final int DESKTOP = 1366;
    private static final int PHONE = 390;
    private static final String PROFILE = "/account/profile.xhtml";

    private final BrowserUser user;
    private final Api api;

    AdministrationIT(BrowserUser user, Api api) {
        this.user = user;
        this.api = api;
    }

    @Test
    void the_administrator_creates_a_signer_who_then_signs_in_with_the_temporary_password() {
        String suffix = Long.toString(System.nanoTime() % 1_000_000);
        String username = "it-signer-" + suffix;
        user.forget();
        user.signInAs("admin");
        UsersPage users = new UsersPage(user);
        assertTrue(users.navigation().contains("Администрирование"), users.navigation()::toString);
        user.press(By.linkText("Администрирование"));
        assertEquals(UsersPage.PATH, user.path());
        assertTrue(users.row("signer1").contains("Подписант"), users.row("signer1"));
        shoot("admin-users");

        UserPage page = users.create(username, "Ержан Тестов", username + "@pactum.example", "первый пароль 1",
                "Подписант");
        assertEquals(UserPage.PATH, user.path());
        assertEquals("Ержан Тестов", page.heading());
        assertTrue(page.messages().contains("создан"), page.messages());

        page.toggleRoleAndSave("Согласующий");
        assertTrue(page.messages().contains("сохранены"), page.messages());
        JsonObject account = api.get("api/v1/users/" + username, "admin").json();
        assertEquals(List.of("APPROVER", "SIGNER"), account.getJsonArray("roles").getValuesAs(JsonString.class)
                .stream().map(JsonString::getString).toList());

        JsonObject party = api.get("api/v1/parties", "admin").array().getJsonObject(0);
        page.tickPartyAndSave(party.getJsonObject("organization").getString("ru"));
        assertTrue(page.messages().contains("сохранены"), page.messages());
        assertEquals(party.getJsonNumber("id").longValue(), api.get("api/v1/users/" + username, "admin").json()
                .getJsonArray("signsFor").getJsonNumber(0).longValue());
        shoot("admin-user");

        page.deactivate();
        assertTrue(page.access().contains("отключён"), page.access());
        assertEquals(401, profileAs(username, "первый пароль 1").status(), "a deactivated account cannot sign in");
        page.reactivate();
        assertTrue(page.access().contains("активен"), page.access());

        page.setPassword("временный пароль", "другой пароль");
        assertEquals("Пароли не совпадают.", page.refusal("password", "repeat"), "beside the field, the page's "
                + "messages being a card or three above the form on a phone");
        page.setPassword("временный пароль", "временный пароль");
        assertTrue(page.messages().contains("задан"), page.messages());
        assertEquals(401, profileAs(username, "первый пароль 1").status(), "the old password stopped");
        shoot("admin-user-after");

        user.forget();
        user.signIn(username, "временный пароль");
        assertEquals(PROFILE, user.path(), "a temporary password leads to My profile");
        assertTrue(user.text(By.id("passwordRequired")).contains("Задайте свой пароль"));
        user.open(RegistryPage.PATH);
        assertEquals(PROFILE, user.path(), "and every other page leads back there");
        shoot("temporary-password");
        user.type(By.id("password:current"), "временный пароль");
        user.type(By.id("password:new"), "свой пароль 1");
        user.type(By.id("password:repeat"), "свой пароль 1");
        user.press(By.id("password:change"));
        assertTrue(user.all(By.id("passwordRequired")).isEmpty(), "the own password ends the requirement");
        user.open(RegistryPage.PATH);
        assertEquals(RegistryPage.PATH, user.path(), "the own password opens the other pages at once");
        assertEquals("Ержан Тестов", users.userName());
        assertFalse(users.navigation().contains("Администрирование"), "a signer is not shown administration");
        user.open(UsersPage.PATH);
        assertTrue(user.all(By.id("users")).isEmpty(), "a signer cannot open the users' page");

        String audited = api.get("api/v1/audit/events?actor=admin&size=200", "auditor").body();
        for (String action : List.of("user.created", "user.changed", "user.signing-parties-named", "user.deactivated",
                "user.reactivated", "user.password-reset")) {
            assertTrue(audited.contains(action), action + " is audited");
        }
    }

    @Test
    void the_administrator_adds_and_renames_a_region_and_adds_and_changes_a_party_in_it() {
        String code = "XA-" + Long.toString(System.nanoTime() % 1000);
        String organization = "Акимат испытательной области " + code;
        user.forget();
        user.signInAs("admin");
        user.open("/admin/regions.xhtml");
        DirectoryAdminPage regions = new DirectoryAdminPage(user);
        user.type(By.id("region:code"), code);
        user.type(By.id("region:nameRu"), "Испытательная область");
        user.press(By.id("region:save"));
        assertTrue(regions.messages().contains("сохранён"), regions.messages());
        regions.edit("data-region", code);
        user.type(By.id("region:nameKk"), "Сынақ облысы");
        regions.change("region", "nameRu", "Новая испытательная область");
        assertTrue(regions.row("data-region", code).contains("Новая испытательная область"), regions.row("data-region", code));
        shoot("admin-regions");

        user.open("/admin/parties.xhtml");
        DirectoryAdminPage parties = new DirectoryAdminPage(user);
        user.type(By.id("party:organizationRu"), organization);
        user.choose(By.id("party:region"), "Новая испытательная область");
        user.type(By.id("party:signatoryNameRu"), "Иван Испытаев");
        user.type(By.id("party:signatoryPositionRu"), "Аким");
        user.press(By.id("party:save"));
        assertTrue(parties.messages().contains("сохранена"), parties.messages());
        long id = api.get("api/v1/parties?q=" + code, "admin").array().getJsonObject(0).getJsonNumber("id").longValue();
        parties.edit("data-party", Long.toString(id));
        parties.change("party", "signatoryPositionRu", "Аким области");
        assertTrue(parties.row("data-party", Long.toString(id)).contains("Иван Испытаев"), parties.row("data-party", Long.toString(id)));
        assertEquals("Аким области", api.get("api/v1/parties/" + id, "admin").json().getJsonObject("signatory")
                .getJsonObject("position").getString("ru"));

        user.press(By.id("party:save"));
        assertEquals("Выберите регион.", parties.refusal("party", "region"), "an empty form is refused in words, "
                + "beside the field");
        shoot("admin-parties");
    }

    private Api.Reply profileAs(String username, String password) {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return api.call("GET", "api/v1/me/profile", null, null, "Authorization", "Basic " + token);
    }

    private void shoot(String name) {
        user.screenshotAtWidth(name, DESKTOP);
        user.screenshotAtWidth(name + "-phone", PHONE);
        assertEquals(List.of(), user.overflowingAt(PHONE), name + " scrolls sideways at " + PHONE + " px");
        assertEquals(List.of(), user.overflowingAt(DESKTOP), name + " scrolls sideways at " + DESKTOP + " px");
    }
}
