package org.pactum.web.ui.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.pactum.web.support.NpmProject;

/**
 * Deque's axe-core, the accessibility rules, run inside the page the browser shows. It comes at the version
 * src/test/axe/package-lock.json pins, installed once per test run with the machine's npm into target/axe: Maven
 * Central here serves no axe-core webjar (docs/ui.md). Its script is put into the page through WebDriver, which the
 * content security policy does not stop, and never ships with the application.
 */
final class AxeCore {

    private static final String RUN = """
            var done = arguments[arguments.length - 1];
            axe.run(document, {resultTypes: ['violations'], iframes: false}).then(function (result) {
                done(result.violations.filter(function (v) {
                    return v.impact === 'serious' || v.impact === 'critical';
                }).map(function (v) {
                    return v.impact + ' ' + v.id + ' (' + v.help + '): ' + v.nodes.slice(0, 5).map(function (n) {
                        return n.target.join(' ');
                    }).join(' | ') + (v.nodes.length > 5 ? ' and ' + (v.nodes.length - 5) + ' more' : '');
                }));
            }, function (failed) { done(['axe failed: ' + failed]); });""";

    private static AxeCore installed;

    private final String script;

    private AxeCore(String script) {
        this.script = script;
    }

    /** Installs axe-core on first use; later calls of the same test run reuse it. */
    static synchronized AxeCore installed() {
        if (installed == null) {
            Path source = Path.of(System.getProperty("pactum.axe.project", "src/test/axe"));
            Path target = Path.of("target", "axe");
            installed = new AxeCore(install(source, target));
        }
        return installed;
    }

    private static String install(Path source, Path target) {
        Path script = NpmProject.installed(source, target).directory().resolve("node_modules/axe-core/axe.min.js");
        try {
            return Files.readString(script);
        } catch (IOException e) {
            throw new UncheckedIOException("npm ci did not install axe-core in " + target, e);
        }
    }

    /**
     * What axe finds serious or critical in the page shown now, one line per rule: impact, rule id, what it asks,
     * and the elements (CSS selectors) that break it. Empty when the page passes.
     */
    @SuppressWarnings("unchecked")
    List<String> seriousViolations(WebDriver browser) {
        JavascriptExecutor page = (JavascriptExecutor) browser;
        if (!Boolean.TRUE.equals(page.executeScript("return typeof window.axe === 'object'"))) {
            page.executeScript(script);
        }
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return (List<String>) page.executeAsyncScript(RUN);
    }
}
