package org.pactum.web.ui.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's chromium driven through Debian's chromedriver, with a throw-away profile. Both paths are given to Selenium
 * explicitly, so it never tries to download a browser or a driver (which this network does not allow anyway).
 */
final class HeadlessChromium implements AutoCloseable {

    private final ChromeDriver driver;
    private final Path profile;
    private final Path downloads;

    private HeadlessChromium(ChromeDriver driver, Path profile, Path downloads) {
        this.driver = driver;
        this.profile = profile;
        this.downloads = downloads;
    }

    static HeadlessChromium start() {
        File chromedriver = installed("pactum.chromedriver", "/usr/bin/chromedriver", "chromium-driver");
        File chromium = installed("pactum.chromium", "/usr/bin/chromium", "chromium");
        Path profile;
        Path downloads;
        try {
            profile = Files.createTempDirectory("pactum-chromium-");
            downloads = Files.createDirectory(profile.resolve("downloads"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a browser profile directory", e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver)
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--user-data-dir=" + profile, "--window-size=1360,900", "--lang=ru-RU");
        // Console messages stay readable for the test: a content security policy violation is reported there.
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        // Files a page answers with land in a known directory, without a dialog, where a test can read them.
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        return new HeadlessChromium(new ChromeDriver(service, options), profile, downloads);
    }

    /** Fails, rather than skips, when the browser is missing: a skipped browser test looks like a passing one. */
    private static File installed(String property, String standardPath, String debianPackage) {
        File file = new File(System.getProperty(property, standardPath));
        if (!file.canExecute()) {
            throw new IllegalStateException(file + " is missing. The browser tests need Debian's packages chromium and "
                    + "chromium-driver: apt-get update && apt-get install -y chromium chromium-driver (.ci/run installs "
                    + "them). Missing here: " + debianPackage + " (or set -D" + property + "=...)");
        }
        return file;
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Where downloaded files are saved; inside the profile, so it goes with it. */
    Path downloads() {
        return downloads;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteProfile();
        }
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary profile is harmless; the test result is what matters.
        }
    }
}
