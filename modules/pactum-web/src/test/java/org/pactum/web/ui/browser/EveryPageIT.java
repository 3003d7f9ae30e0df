package org.pactum.web.ui.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Every page of {@link EveryPage}: on a phone (390 px) and a small laptop (1366 px) none scrolls sideways, each kept
 * as a screenshot (target/screenshots/page-NAME-WIDTH.png); and in Russian, Kazakh and English axe-core finds nothing
 * serious or critical ({@link PageChecks}). Every page is checked and all failures are reported together, each with
 * its page.
 */
@ExtendWith(SharedServerAndBrowser.class)
class EveryPageIT {

    private static final int PHONE = PageChecks.PHONE;

    private final BrowserUser user;
    /** Who is signed in now: a page is reached as its role, and signing in again costs time. */
    private String signedIn = "";

    EveryPageIT(BrowserUser user) {
        this.user = user;
    }

    @Test
    void no_page_scrolls_sideways_on_a_phone_or_a_small_laptop() {
        List<String> failures = new ArrayList<>();
        for (ShownPage page : byUser()) {
            if (!reached(page, "ru", failures)) {
                continue;
            }
            failures.addAll(PageChecks.sidewaysScrolling(user, page.name()));
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void axe_finds_nothing_serious_on_any_page_in_any_language() {
        List<String> failures = new ArrayList<>();
        for (String language : List.of("ru", "kk", "en")) {
            signedIn = "";
            for (ShownPage page : byUser()) {
                if (!reached(page, language, failures)) {
                    continue;
                }
                failures.addAll(PageChecks.seriousViolations(user, page.name(), language));
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " serious or critical violations:\n" + String.join("\n", failures));
    }

    @Test
    void on_a_phone_the_navigation_folds_behind_a_menu_button_that_says_whether_it_is_open() {
        user.signInAs("admin");
        ChromeDriver browser = (ChromeDriver) user.browser();
        user.shownAt(PHONE, () -> {
            WebElement button = browser.findElement(By.id("menuButton"));
            WebElement navigation = browser.findElement(By.cssSelector(".mainnav"));
            assertTrue(button.isDisplayed(), "the menu button is shown on a phone");
            assertEquals("false", button.getDomAttribute("aria-expanded"));
            assertFalse(navigation.isDisplayed(), "the navigation is folded");
            button.click();
            assertEquals("true", button.getDomAttribute("aria-expanded"));
            assertTrue(navigation.isDisplayed(), "the navigation unfolds");
            user.screenshotAtWidth("page-registry-menu-open-" + PHONE, PHONE);
            return null;
        });
        assertTrue(browser.findElement(By.cssSelector(".mainnav")).isDisplayed(), "a wide window shows the navigation");
        assertFalse(browser.findElement(By.id("menuButton")).isDisplayed(), "and no menu button");
        WebElement first = (WebElement) browser.executeScript(
                "document.activeElement.blur(); return document.querySelector('a, button, input, select, textarea');");
        assertEquals("skip-link", first.getDomAttribute("class"), "the skip link comes first");
        assertEquals("#content", first.getDomAttribute("href"));
    }

    /** The pages grouped by who sees them, in the list's order otherwise, so each role signs in once. */
    private static List<ShownPage> byUser() {
        Map<String, List<ShownPage>> groups = EveryPage.PAGES.stream().collect(Collectors.groupingBy(
                page -> Objects.requireNonNullElse(page.username(), ""), LinkedHashMap::new, Collectors.toList()));
        return groups.values().stream().flatMap(List::stream).toList();
    }

    /** Whether the page could be reached; if not, why is one more failure, and the other pages are still checked. */
    private boolean reached(ShownPage page, String language, List<String> failures) {
        try {
            reach(page, language);
            return true;
        } catch (AssertionError | WebDriverException failed) {
            failures.add(page.name() + " [" + language + "] not reached: " + failed.getMessage());
            signedIn = "";
            return false;
        }
    }

    /** Opens the page as its role in the language, signing in and switching the language only when needed. */
    private void reach(ShownPage page, String language) {
        String username = Objects.requireNonNullElse(page.username(), "");
        if (!username.equals(signedIn)) {
            user.forget();
            if (!username.isEmpty()) {
                user.signInAs(username);
            }
            if (!"ru".equals(language)) {
                user.switchLanguage(language);
            }
            signedIn = username;
        }
        user.open(page.start());
        for (String step : page.steps()) {
            if (step.startsWith("/")) {
                user.open(step + "?" + user.query());
                continue;
            }
            List<WebElement> links = user.all(By.cssSelector(step));
            assertFalse(links.isEmpty(), page.name() + ": no link " + step + " on " + user.path() + "?" + user.query());
            user.browser().get(links.get(0).getDomProperty("href"));
        }
    }
}
