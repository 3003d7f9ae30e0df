package org.pactum.web.ui.browser;

import java.nio.file.Path;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The public page a stamp's QR code opens: the kept document's verdict and signers, and a copy checked. */
final class PublicVerificationPage extends PactumPage {

    PublicVerificationPage(BrowserUser user) {
        super(user);
    }

    String kept() {
        return user.text(By.id("kept"));
    }

    List<WebElement> keptSigners() {
        return user.all(By.cssSelector("#kept ol.public-signers li"));
    }

    void check(Path pdf) {
        user.browser().findElement(By.id("copy:file")).sendKeys(pdf.toAbsolutePath().toString());
        user.press(By.id("copy:check"));
    }

    String copyResult() {
        return user.text(By.id("copyResult"));
    }

    String relation() {
        return user.text(By.id("relation"));
    }
}
