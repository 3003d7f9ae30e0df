package org.pactum.web.ui.browser;

import java.nio.file.Path;
import java.util.List;

import org.openqa.selenium.By;
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

    String reportPdfLink() {
        return user.browser().findElement(By.id("reportPdf")).getAttribute("href");
    }

    String reportId() {
        return user.text(By.id("reportIdShown"));
    }
}
