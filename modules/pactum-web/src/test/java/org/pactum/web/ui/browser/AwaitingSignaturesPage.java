package org.pactum.web.ui.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** What waits for the signed-in signer: agreements awaiting signatures that the user signs, their turn first. */
final class AwaitingSignaturesPage extends PactumPage {

    static final String PATH = "/signing/awaiting.xhtml";

    AwaitingSignaturesPage(BrowserUser user) {
        super(user);
    }

    static AwaitingSignaturesPage open(BrowserUser user) {
        user.open(PATH);
        return new AwaitingSignaturesPage(user);
    }

    /** The row of an agreement, by its id; fails when the agreement is not listed. */
    WebElement row(String agreementId) {
        return user.browser().findElement(By.cssSelector("#awaiting tr[data-agreement='" + agreementId + "']"));
    }

    boolean lists(String agreementId) {
        return !user.all(By.cssSelector("#awaiting tr[data-agreement='" + agreementId + "']")).isEmpty();
    }

    /** Whether the row offers "sign": the user's turn. */
    boolean offersSigning(String agreementId) {
        return row(agreementId).getAttribute("class").contains("my-turn");
    }

    SigningPage sign(String agreementId) {
        user.follow(By.cssSelector("#awaiting tr[data-agreement='" + agreementId + "'] a.button"));
        return new SigningPage(user);
    }
}
