package org.pactum.web.ui.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The agreement registry in Russian and Kazakh: the list, its search and filters, its pages. Reads demo data only. */
@ExtendWith(SharedServerAndBrowser.class)
class RegistryIT {

    private final BrowserUser user;

    RegistryIT(BrowserUser user) {
        this.user = user;
    }

    @Test
    void a_drafter_reads_the_registry_in_kazakh_searches_filters_by_status_and_opens_an_agreement() {
        user.signInAs("drafter");
        RegistryPage registry = new RegistryPage(user);
        assertTrue(registry.total() >= 7, "the seven demo agreements");
        assertTrue(user.pageText().contains("Соглашение об установлении побратимских связей между городом Омском и городом Павлодаром"));
        user.screenshot("registry-ru");

        user.switchLanguage("kk");
        assertEquals("Келісімдер тізілімі", registry.heading());
        assertTrue(user.pageText().contains("Павлодар облысының"), "Kazakh titles and party names");
        assertTrue(user.pageText().contains(DemoAgreements.KAZAKH_SISTER_CITY_TITLE));
        assertTrue(user.pageText().contains("Қол қойылды"), "status labels in Kazakh");
        user.screenshot("registry-kk");

        registry.search("Павлодар");
        assertTrue(user.query().contains("q=%D0%9F%D0%B0%D0%B2%D0%BB%D0%BE%D0%B4%D0%B0%D1%80"), "a bookmarkable search: " + user.query());
        List<WebElement> rows = registry.rows();
        assertTrue(rows.size() >= 3, "Omsk–Pavlodar cooperation, sister cities, tourist route: " + rows.size());
        rows.forEach(row -> assertTrue(row.getText().contains("Павлодар"), row.getText()));

        registry.filterByStatus("SIGNED");
        assertTrue(user.query().contains("status=SIGNED"), user.query());
        assertEquals("Павлодар", registry.searchText(), "the search stays in the form");
        registry.rows().forEach(row -> assertTrue(row.getText().contains("Қол қойылды"), row.getText()));
        registry.rows().forEach(row -> assertFalse(
                row.findElements(By.cssSelector(".col-number .registration-number")).isEmpty(), "signed, so registered: " + row.getText()));
        AgreementPage agreement = registry.openTitled(DemoAgreements.KAZAKH_SISTER_CITY_TITLE);
        assertEquals(AgreementPage.PATH, user.path());
        assertEquals(DemoAgreements.KAZAKH_SISTER_CITY_TITLE, agreement.title());
    }

    @Test
    void a_party_named_in_a_line_leads_to_all_of_its_agreements_and_the_party_filter_gives_the_same() {
        user.signInAs("auditor");
        RegistryPage registry = new RegistryPage(user);
        registry.search("Омск");
        WebElement omsk = registry.rows().stream().flatMap(row -> row.findElements(By.cssSelector(".col-parties a.party")).stream())
                .filter(link -> link.getText().contains("Омск")).findFirst()
                .orElseThrow(() -> new AssertionError("a party of Omsk named in a line: " + user.pageText()));
        String name = omsk.getText();
        user.follow(By.linkText(name));

        assertTrue(user.query().matches("party=\\d+"), "the party's agreements, without the search text: " + user.query());
        assertTrue(registry.chosenParty().startsWith(name + " ("), "the filter shows which party, with its region: "
                + registry.chosenParty());
        List<String> lines = registry.rows().stream().map(WebElement::getText).toList();
        assertFalse(lines.isEmpty());
        lines.forEach(line -> assertTrue(line.contains(name), line));
        user.screenshot("registry-party");
        assertEquals(List.of(), user.overflowingAt(390), "nothing sticks out sideways on a phone");
        user.screenshotAtWidth("registry-party-390", 390);

        user.open(RegistryPage.PATH);
        registry.filterByParty(name);
        assertEquals(lines, registry.rows().stream().map(WebElement::getText).toList(), "the same through the filter");
        user.open(RegistryPage.PATH + "?party=abc");
        assertTrue(registry.total() >= 7, "an edited link's party is ignored, as an unknown status is");
    }

    @Test
    void the_registry_pages_through_long_results() {
        user.open(RegistryPage.PATH + "?size=2");
        user.signInAs("auditor");
        assertEquals(RegistryPage.PATH, user.path(), "signing in returns to the page asked for");
        assertTrue(user.query().contains("size=2"), user.query());
        RegistryPage registry = new RegistryPage(user);
        long pages = (registry.total() + 1) / 2;
        assertEquals("Страница 1 из " + pages, registry.pageOf());
        assertEquals(2, registry.rows().size());

        registry.next();
        assertEquals("Страница 2 из " + pages, registry.pageOf());
        assertTrue(user.query().contains("page=1"), user.query());
        registry.previous();
        assertEquals("Страница 1 из " + pages, registry.pageOf());
    }
}
