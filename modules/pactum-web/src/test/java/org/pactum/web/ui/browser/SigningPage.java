package org.pactum.web.ui.browser;

import java.nio.file.Path;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The signing page: the document to sign and its SHA-256, the signing order, and the ways to sign on one's turn. */
final class SigningPage extends PactumPage {

    static final String PATH = "/signing/signing.xhtml";

    SigningPage(BrowserUser user) {
        super(user);
    }

    static SigningPage open(BrowserUser user, String query) {
        user.open(PATH + query);
        return new SigningPage(user);
    }

    String number() {
        return user.text(By.id("number"));
    }

    String title() {
        return user.text(By.id("title"));
    }

    String status() {
        return user.text(By.id("status"));
    }

    String documentSha256() {
        return user.text(By.id("documentSha256"));
    }

    /** The address the document frame loads. */
    String documentFrameSource() {
        return user.browser().findElement(By.id("documentFrame")).getAttribute("src");
    }

    /** Each party in signing order, as a list item with {@code data-state} signed, next or waiting. */
    List<WebElement> turns() {
        return user.all(By.cssSelector("#signingOrder li.turn"));
    }

    /** @return {@code signed}, {@code next} or {@code waiting} */
    String stateOf(int position) {
        return turn(position).getAttribute("data-state");
    }

    String textOf(int position) {
        return turn(position).getText();
    }

    private WebElement turn(int position) {
        return user.browser().findElement(By.cssSelector("#signingOrder li.turn[data-position='" + position + "']"));
    }

    /** Whether any way to sign is offered: only on the user's turn. */
    boolean offersSigning() {
        return !user.all(By.cssSelector("#sign details.key-source")).isEmpty();
    }

    boolean offersServerKey() {
        return !user.all(By.id("server:pin")).isEmpty();
    }

    /** Why the user cannot sign now; empty on the user's turn. */
    String notice() {
        List<WebElement> notice = user.all(By.id("notice"));
        return notice.isEmpty() ? "" : notice.getFirst().getText();
    }

    void signWithServerKey(String pin) {
        user.type(By.id("server:pin"), pin);
        user.press(By.id("server:sign"));
    }

    /** Opens one way to sign: {@code server}, {@code pkcs12} or {@code external} (a details panel, no script). */
    void chooseKeySource(String source) {
        WebElement panel = user.browser().findElement(By.id("source-" + source));
        if (panel.getAttribute("open") == null) {
            panel.findElement(By.tagName("summary")).click();
        }
    }

    boolean keySourceOpen(String source) {
        return user.browser().findElement(By.id("source-" + source)).getAttribute("open") != null;
    }

    void signWithKeyStore(Path file, String pin) {
        chooseKeySource("pkcs12");
        user.browser().findElement(By.id("pkcs12:keystore")).sendKeys(file.toAbsolutePath().toString());
        user.type(By.id("pkcs12:pin"), pin);
        user.press(By.id("pkcs12:sign"));
    }

    /** What the PIN field shows after a page came back: never the PIN typed before. */
    String pinField() {
        return user.value(By.id("server:pin"));
    }

    AgreementPage backToAgreement() {
        user.follow(By.id("back"));
        return new AgreementPage(user);
    }
}
