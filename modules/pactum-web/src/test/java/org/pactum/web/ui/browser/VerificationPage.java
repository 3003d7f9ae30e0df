package org.pactum.web.ui.browser;

import java.nio.file.Path;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/** The auditor's verification page: upload a PDF, read the verdict, each signature and the register entry. */
final class VerificationPage extends PactumPage {

    static final String PATH = "/verification/verification.xhtml";

    VerificationPage(BrowserUser user) {
        super(user);
    }

    static VerificationPage open(BrowserUser user) {
        user.open(PATH);
        return new VerificationPage(user);
    }

    void upload(Path pdf) {
        user.browser().findElement(By.id("upload:file")).sendKeys(pdf.toAbsolutePath().toString());
        user.press(By.id("upload:verify"));
    }

    /** The verdict box's tone: {@code passed}, {@code failed} or {@code undecided}. */
    String verdictTone() {
        String classes = user.browser().findElement(By.id("verdict")).getAttribute("class");
        return List.of("passed", "failed", "undecided").stream().filter(classes::contains).findFirst().orElse(classes);
    }

    String verdict() {
        return user.text(By.id("verdict"));
    }

    List<WebElement> signatures() {
        return user.all(By.cssSelector("li.verified-signature"));
    }

    String register() {
        return user.text(By.id("register"));
    }

    /**
     * Fetches the page's "report as PDF" link with the browser's session, as following it does, and tells what came
     * back: status, content type and disposition (a browser would save the file, which a test cannot look into).
     */
    String reportPdfAnswer() {
        Object answer = ((JavascriptExecutor) user.browser()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(document.getElementById('reportPdf').href, {credentials: 'same-origin'})
                    .then(r => done(r.status + ' ' + r.headers.get('Content-Type') + ' '
                            + r.headers.get('Content-Disposition')))
                    .catch(e => done('failed: ' + e));""");
        return String.valueOf(answer);
    }

    String reportId() {
        return user.text(By.id("reportIdShown"));
    }
}
