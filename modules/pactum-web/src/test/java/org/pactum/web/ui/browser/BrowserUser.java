package org.pactum.web.ui.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What a person does in Pactum's pages, in the words of the pages: open, sign in, switch language, press, read. */
final class BrowserUser {

    static final String DEMO_PASSWORD = "demo";

    private final ChromeDriver browser;
    private final Path downloads;
    private final URI base;
    private final WebDriverWait wait;

    BrowserUser(HeadlessChromium chromium, URI base) {
        this.browser = chromium.driver();
        this.downloads = chromium.downloads();
        this.base = base;
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    WebDriver browser() {
        return browser;
    }

    /** Forgets the session, as a new visitor or a closed browser would. */
    void forget() {
        open(LoginPage.PATH);
        browser.manage().deleteAllCookies();
        open(LoginPage.PATH);
    }

    /** Like {@link #forget()}, but the login page stays open: the next form sent belongs to an ended session. */
    void forgetWithLoginPageOpen() {
        open(LoginPage.PATH);
        browser.manage().deleteAllCookies();
    }

    void open(String path) {
        browser.get(address(path).toString());
    }

    /** A page's or resource's full address on the server, for a plain HTTP request beside the browser. */
    URI address(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    void signIn(String username, String password) {
        // A page still loading from the previous step can swap the form out under our hands (Chromium then reports
        // "Node with given id does not belong to the document"): load the login page afresh and fill it again.
        for (int attempt = 1; ; attempt++) {
            try {
                if (attempt > 1 || !path().equals(LoginPage.PATH)) {
                    open(LoginPage.PATH);
                }
                WebElement form = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login")));
                form.findElement(By.id("login:username")).clear();
                form.findElement(By.id("login:username")).sendKeys(username);
                form.findElement(By.id("login:password")).sendKeys(password);
                press(By.id("login:submit"));
                return;
            } catch (org.openqa.selenium.WebDriverException replaced) { // stale or detached node, missing form
                if (attempt == 3) {
                    throw replaced;
                }
            }
        }
    }

    /** Signs in and waits until the registry (or the page asked for) is shown. */
    void signInAs(String username) {
        signIn(username, DEMO_PASSWORD);
        wait.until(driver -> !path().equals(LoginPage.PATH));
    }

    void switchLanguage(String code) {
        press(By.id("language:" + code));
        awaitLanguage(code);
    }

    /**
     * Presses a button and waits for the next page to load. A page still settling can replace the button between
     * finding and clicking it, or even while it is checked for being clickable (Chromium: "Node with given id does
     * not belong to the document"); then, after a moment, it is found and pressed again, three times at most.
     */
    void press(By button) {
        for (int attempt = 1; ; attempt++) {
            try {
                // Marks the page pressed on, so the next one is recognised even when the button was pressed by script.
                browser.executeScript("window.pactumPressedOn = true");
                if (attempt < 3) {
                    wait.until(ExpectedConditions.elementToBeClickable(button)).click();
                } else {
                    // Chromium sometimes keeps answering "does not belong to the document" for a long page's nodes
                    // however often they are found again; a click from inside the page does not go through them.
                    browser.executeScript("arguments[0].click()", browser.findElement(button));
                }
                break;
            } catch (org.openqa.selenium.TimeoutException missing) {
                throw missing;
            } catch (org.openqa.selenium.WebDriverException replaced) {
                if (attempt == 4) {
                    throw replaced;
                }
                settle();
            }
        }
        wait.until(driver -> !Boolean.TRUE.equals(browser.executeScript("return window.pactumPressedOn === true")));
        // A long next page (the template editor) can still be arriving; an element read from it meanwhile is replaced.
        wait.until(driver -> "complete".equals(browser.executeScript("return document.readyState")));
    }

    /** Gives a page that is still being replaced a moment to finish, so the next look at it finds the new one. */
    private void settle() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        wait.until(driver -> "complete".equals(browser.executeScript("return document.readyState")));
    }

    void follow(By link) {
        press(link);
    }

    /**
     * Opens, from the registry table, the agreement whose title contains the text. Other tests share the database
     * and add agreements of their own, so a row is chosen by what it says, never by its position.
     */
    void openAgreementTitled(String titleText) {
        WebElement link = all(By.cssSelector("#agreements tbody tr a.title")).stream()
                .filter(title -> title.getText().contains(titleText))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no agreement titled \"" + titleText + "\" in: " + pageText()));
        link.click();
        wait.until(ExpectedConditions.stalenessOf(link));
    }

    /**
     * Presses a button that answers with a file and returns the file once the browser has saved it completely. The
     * page stays where it is, as it does for a person.
     */
    Path download(By button) {
        try (Stream<Path> earlier = Files.list(downloads)) {
            for (Path file : earlier.toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot empty the download directory", e);
        }
        browser.findElement(button).click();
        return new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> savedDownload().orElse(null));
    }

    /** A file the browser finished writing: Chromium writes to a .crdownload file and renames it when done. */
    private Optional<Path> savedDownload() {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.filter(file -> !file.getFileName().toString().endsWith(".crdownload")
                    && !file.getFileName().toString().startsWith(".")).findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the download directory", e);
        }
    }

    /** The session cookie, for a plain HTTP request made as this user. */
    String sessionCookie() {
        return "JSESSIONID=" + browser.manage().getCookieNamed("JSESSIONID").getValue();
    }

    void type(By field, String text) {
        WebElement input = browser.findElement(field);
        input.clear();
        input.sendKeys(text);
    }

    /** Chooses, in a drop-down list, the first option whose text contains the given text. */
    void choose(By select, String optionText) {
        new Select(browser.findElement(select)).getOptions().stream()
                .filter(option -> option.getText().contains(optionText))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no option \"" + optionText + "\" in " + select))
                .click();
    }

    /** Ticks or clicks something that does not leave the page (a checkbox, a button that posts into a frame). */
    void click(By element) {
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    /**
     * Whether leaving the page now would first ask "leave the page?": the page's own answer to a beforeunload event.
     * WebDriver answers the browser's question itself (its standard dismisses beforeunload prompts), so a test sees
     * the page's answer, not the dialog.
     */
    boolean asksBeforeLeaving() {
        return Boolean.TRUE.equals(browser.executeScript(
                "var leaving = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(leaving); return leaving.defaultPrevented;"));
    }

    /** Waits until the page is shown in the language, e.g. after a question about leaving was answered. */
    void awaitLanguage(String code) {
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", code));
        wait.until(driver -> "complete".equals(browser.executeScript("return document.readyState")));
    }

    /** What a field holds now, as the user sees it in it. */
    String value(By field) {
        return browser.findElement(field).getDomProperty("value");
    }

    /** What a page that stayed open while others worked would send: an old value in a hidden field. */
    void setHiddenField(String id, String value) {
        browser.executeScript("document.getElementById(arguments[0]).value = arguments[1]", id, value);
    }

    String text(By element) {
        return browser.findElement(element).getText();
    }

    String pageText() {
        return text(By.tagName("body"));
    }

    List<WebElement> all(By elements) {
        return browser.findElements(elements);
    }

    /** What the browser wrote to its console since the last call, e.g. blocked inline code. */
    List<String> consoleMessages() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).toList();
    }

    String path() {
        return URI.create(browser.getCurrentUrl()).getPath();
    }

    String query() {
        String query = URI.create(browser.getCurrentUrl()).getRawQuery();
        return query == null ? "" : query;
    }

    /** Saves one element as it is on the screen, scrolled into view: a frame, whose inside a page picture leaves out. */
    void screenshot(By element, String name) {
        WebElement shown = browser.findElement(element);
        browser.executeScript("arguments[0].scrollIntoView()", shown);
        keep(shown.getScreenshotAs(OutputType.FILE).toPath(), name);
    }

    /** Keeps a picture the browser took as {@code name}.png among the screenshots. */
    private static void keep(Path shot, String name) {
        try {
            Files.createDirectories(screenshots());
            Files.copy(shot, screenshots().resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save screenshot " + name, e);
        }
    }

    private static Path screenshots() {
        return Path.of(System.getProperty("pactum.screenshots", "target/screenshots"));
    }

    /**
     * Saves the whole page as a phone or a narrow window of this width shows it (DevTools' device metrics, with the
     * page's viewport meta applied as on a phone), then gives the window back its own size.
     */
    void screenshotAtWidth(String name, int width) {
        try {
            Files.createDirectories(screenshots());
            browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 800,
                    "deviceScaleFactor", 1, "mobile", width < 700));
            Number height = (Number) browser.executeScript("return document.documentElement.scrollHeight");
            browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width,
                    "height", height.intValue(), "deviceScaleFactor", 1, "mobile", width < 700));
            Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, screenshots().resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save screenshot " + name, e);
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /** How wide the page is laid out on a screen of this width: wider than the screen means sideways scrolling. */
    int pageWidthAt(int width) {
        return shownAt(width, () -> ((Number) browser.executeScript("return document.documentElement.scrollWidth"))
                .intValue());
    }

    /**
     * What sticks out sideways when the page is shown this wide, as a phone would (empty when nothing makes the page
     * scroll sideways): the innermost elements reaching past the right edge, each as tag, id and classes.
     */
    @SuppressWarnings("unchecked")
    List<String> overflowingAt(int width) {
        return shownAt(width, () -> (List<String>) browser.executeScript("""
                var limit = document.documentElement.clientWidth + 1, out = [];
                document.querySelectorAll('body *').forEach(function (e) {
                    var box = e.getBoundingClientRect();
                    if (box.width === 0 || box.right <= limit) { return; }
                    for (var c = e.firstElementChild; c; c = c.nextElementSibling) {
                        if (c.getBoundingClientRect().right > limit) { return; }
                    }
                    out.push(e.tagName.toLowerCase() + '#' + e.id + '.' + e.className + ' ' + Math.round(box.right));
                });
                return document.documentElement.scrollWidth > limit ? out : [];"""));
    }

    /**
     * Which of the elements are not wholly on the screen as it is scrolled now (each as its locator), waiting a moment
     * for the page to land: autofocus scrolls to its field at the first rendering after the page arrived.
     */
    List<String> offScreen(By... elements) {
        Supplier<List<String>> look = () -> Stream.of(elements).filter(element -> all(element).stream().noneMatch(shown ->
                Boolean.TRUE.equals(browser.executeScript("""
                        var box = arguments[0].getBoundingClientRect();
                        return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;""", shown))))
                .map(By::toString).toList();
        try {
            return new WebDriverWait(browser, Duration.ofSeconds(2)).until(driver -> look.get().isEmpty() ? List.of() : null);
        } catch (org.openqa.selenium.TimeoutException stillOff) {
            return look.get();
        }
    }

    /** Saves what the screen shows now, not the whole page: where a person lands. */
    void screenshotOfScreen(String name) {
        keep(browser.getScreenshotAs(OutputType.FILE).toPath(), name);
    }

    /** What {@code look} finds with the page laid out on a screen this wide (a phone's below 700 px). */
    <T> T shownAt(int width, Supplier<T> look) {
        try {
            browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 800,
                    "deviceScaleFactor", 1, "mobile", width < 700));
            return look.get();
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /** Saves what the user sees as PNG in the directory failsafe names (target/screenshots). */
    void screenshot(String name) {
        Path directory = screenshots();
        try {
            Files.createDirectories(directory);
            // The whole page, not just the window: a window cannot outgrow the (virtual) screen, so the viewport is
            // stretched to the page's height through DevTools for the picture, then given back.
            Number width = (Number) browser.executeScript("return document.documentElement.clientWidth");
            Number height = (Number) browser.executeScript("return document.documentElement.scrollHeight");
            browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width.intValue(),
                    "height", height.intValue(), "deviceScaleFactor", 1, "mobile", false));
            Path shot;
            try {
                shot = browser.getScreenshotAs(OutputType.FILE).toPath();
            } finally {
                browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            }
            Files.copy(shot, directory.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save screenshot " + name, e);
        }
    }
}
