package org.pactum.web.ui.browser;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** What every Pactum page has around its content: the heading, messages, the signed-in user, the navigation. */
abstract class PactumPage {

    protected final BrowserUser user;

    protected PactumPage(BrowserUser user) {
        this.user = user;
    }

    String heading() {
        return user.text(By.tagName("h1"));
    }

    String messages() {
        return user.text(By.id("messages"));
    }

    /**
     * What a form says beside a field it refused (its message has the field's id with "Problem" after it), and
     * "(not marked aria-invalid)" after it when the field is not marked so for assistive technology.
     */
    String refusal(String form, String field) {
        String marked = "true".equals(user.browser().findElement(By.id(form + ":" + field)).getDomAttribute("aria-invalid"))
                ? "" : " (not marked aria-invalid)";
        return user.all(By.id(form + ":" + field + "Problem")).stream().map(WebElement::getText).findFirst().orElse("")
                + marked;
    }

    /** The title of an error page (not found, forbidden) shown instead of this one. */
    String errorTitle() {
        return user.text(By.id("error-title"));
    }

    String userName() {
        return user.text(By.className("user-name"));
    }

    String userRoles() {
        return user.text(By.className("user-roles"));
    }

    List<String> navigation() {
        return user.all(By.cssSelector(".mainnav a")).stream().map(WebElement::getText).toList();
    }

    /** The "found: N" count above a table of agreements or events. */
    long total() {
        Matcher digits = Pattern.compile("\\d+").matcher(user.text(By.id("total")));
        if (!digits.find()) {
            throw new AssertionError("no count in: " + user.text(By.id("total")));
        }
        return Long.parseLong(digits.group());
    }

    void signOut() {
        user.press(By.id("logout:signOut"));
    }
}
