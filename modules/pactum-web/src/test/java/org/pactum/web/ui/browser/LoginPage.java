package org.pactum.web.ui.browser;

/** The sign-in page, where anonymous visitors are sent; {@link BrowserUser} fills its form. */
final class LoginPage extends PactumPage {

    static final String PATH = "/login.xhtml";

    LoginPage(BrowserUser user) {
        super(user);
    }
}
