package org.pactum.web.ui.browser;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.openqa.selenium.By;

/**
 * What {@link EveryPageIT} checks of the page shown now: on a phone (390 px) and a small laptop (1366 px) it does not
 * scroll sideways, kept as a screenshot (page-NAME-WIDTH.png); and axe-core finds nothing serious or critical in it.
 * Each failure is one line that names the page.
 * <p>
 * Public for a test class whose own server shows page states the shared one cannot (DirectorySignInIT: the pages of
 * directory accounts, its server having a directory to sign in with): {@link #start} gives it a browser of its own,
 * with the few steps those states need, and {@link #failures} applies the same checks there.
 */
public final class PageChecks implements AutoCloseable {

    static final int PHONE = 390;
    static final int SMALL_LAPTOP = 1366;

    private final HeadlessChromium chromium;
    private final BrowserUser user;

    private PageChecks(HeadlessChromium chromium, URI base) {
        this.chromium = chromium;
        this.user = new BrowserUser(chromium, base);
    }

    /** Where the page shown now sticks out sideways at either width; a screenshot of each width is kept. */
    static List<String> sidewaysScrolling(BrowserUser user, String page) {
        List<String> failures = new ArrayList<>();
        for (int width : List.of(PHONE, SMALL_LAPTOP)) {
            failures.addAll(sticking(user, page, width));
            user.screenshotAtWidth("page-" + page + "-" + width, width);
        }
        return failures;
    }

    private static List<String> sticking(BrowserUser user, String page, int width) {
        List<String> sticking = user.overflowingAt(width);
        return sticking.isEmpty() ? List.of() : List.of(page + " at " + width + " px scrolls sideways ("
                + user.pageWidthAt(width) + " px wide) because of: " + sticking);
    }

    /** What axe finds serious or critical in the page shown now, laid out at 1366 px. */
    static List<String> seriousViolations(BrowserUser user, String page, String language) {
        AxeCore axe = AxeCore.installed();
        return user.shownAt(SMALL_LAPTOP, () -> axe.seriousViolations(user.browser())).stream()
                .map(violation -> page + " [" + language + "] " + violation).toList();
    }

    /** A headless Chromium of its own, signed out, for the pages of the server at {@code base}; close it after. */
    public static PageChecks start(URI base) {
        HeadlessChromium chromium = HeadlessChromium.start();
        try {
            PageChecks checks = new PageChecks(chromium, base);
            checks.forget();
            return checks;
        } catch (RuntimeException failed) {
            chromium.close();
            throw failed;
        }
    }

    /**
     * Both checks of the page shown now, which is in {@code language}: no sideways scrolling at either width, nothing
     * serious for axe. Empty when it passes. Sideways scrolling is checked in every language (Kazakh's words run
     * longest), but only the Russian page is kept as screenshots (page-NAME-WIDTH.png), as EveryPageIT keeps them:
     * a whole-page picture costs several times the check.
     */
    public List<String> failures(String page, String language) {
        List<String> failures = new ArrayList<>();
        if ("ru".equals(language)) {
            failures.addAll(sidewaysScrolling(user, page));
        } else {
            failures.addAll(sticking(user, page + " [" + language + "]", PHONE));
            failures.addAll(sticking(user, page + " [" + language + "]", SMALL_LAPTOP));
        }
        failures.addAll(seriousViolations(user, page, language));
        return failures;
    }

    /**
     * Presses a button that sends a form as on a phone (390 px wide, 800 px high) and says which of the elements the
     * answer does not show on the screen where it lands, without scrolling; what the phone shows then is kept as
     * page-NAME-LANGUAGE-landing-390.png.
     */
    public List<String> offScreenAfterPressingOnPhone(By button, String page, String language, By... elements) {
        return offScreenAfterPressingOnPhone(user, button, page, language, elements);
    }

    /** {@link #offScreenAfterPressingOnPhone(By, String, String, By...)} for a browser test's own user. */
    static List<String> offScreenAfterPressingOnPhone(BrowserUser user, By button, String page, String language,
                                                      By... elements) {
        List<String> off = user.shownAt(PHONE, () -> {
            user.press(button);
            List<String> elsewhere = user.offScreen(elements);
            user.screenshotOfScreen("page-" + page + "-" + language + "-landing-" + PHONE);
            return elsewhere;
        });
        return off.stream().map(element -> page + " [" + language + "] at " + PHONE + " px: " + element
                + " is not on the screen after pressing " + button).toList();
    }

    /** An attribute of the element, or null when it has none. */
    public String attribute(By element, String name) {
        return user.browser().findElement(element).getDomAttribute(name);
    }

    /** What a field holds now. */
    public String value(By field) {
        return user.value(field);
    }

    public boolean ticked(By checkbox) {
        return user.browser().findElement(checkbox).isSelected();
    }

    /** Signs out by forgetting the session; the login page is shown. */
    public void forget() {
        user.forget();
    }

    /** Fills in the login form and sends it; whether the page lets the user in is for the caller to see. */
    public void signIn(String username, String password) {
        user.signIn(username, password);
    }

    public void switchLanguage(String code) {
        user.switchLanguage(code);
    }

    /** Opens a path of the application, e.g. {@code admin/users.xhtml}. */
    public void open(String path) {
        user.open(path);
    }

    public void type(By field, String text) {
        user.type(field, text);
    }

    public void click(By element) {
        user.click(element);
    }

    /** Presses a button that sends a form and waits for the page that answers. */
    public void press(By button) {
        user.press(button);
    }

    /** Keeps the page shown now as a screenshot (NAME.png) as a window of this width shows it, whole. */
    public void screenshot(String name, int width) {
        user.screenshotAtWidth(name, width);
    }

    /** The element's text, or an empty text when the page has no such element. */
    public String text(By element) {
        return user.all(element).stream().findFirst().map(shown -> shown.getText()).orElse("");
    }

    @Override
    public void close() {
        chromium.close();
    }
}
