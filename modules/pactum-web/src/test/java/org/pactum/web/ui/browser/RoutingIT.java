package org.pactum.web.ui.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.pactum.web.support.Api;

/**
 * A two-stage route walked in the browser by three people: the drafter submits, the legal department (approver1) and
 * then the deputy head (approver2) each start from "My tasks", open the agreement and approve, and the drafter finds
 * it approved with the route showing who decided what.
 */
@ExtendWith(SharedServerAndBrowser.class)
class RoutingIT {

    private final BrowserUser user;
    private final Api api;

    RoutingIT(BrowserUser user, Api api) {
        this.user = user;
        this.api = api;
    }

    @Test
    void the_legal_department_and_then_the_deputy_head_approve_from_their_tasks() {
        long id = SisterCityDrafts.create(api);
        user.signInAs("drafter");
        AgreementPage agreement = AgreementPage.open(user, "?id=" + id);
        agreement.act("SUBMIT");
        assertEquals("На согласовании", agreement.status());
        assertTrue(user.text(By.id("route")).contains("Правовое управление"), user.text(By.id("route")));
        String number = agreement.number();

        approveFromTasks("approver1", number, "Заместитель главы", "Замечаний нет; срок в статье 7 уточнён устно");
        user.screenshot("route-after-legal");
        WebElement remark = user.browser().findElement(By.cssSelector("#route li.task-APPROVED .remark"));
        assertTrue(remark.getAttribute("class").contains("neutral"), "an approval's remark is no warning");
        assertTrue(remark.getText().startsWith("Замечание:"), remark.getText());
        approveFromTasks("approver2", number, null, null);

        user.forget();
        user.signInAs("drafter");
        agreement = AgreementPage.open(user, "?id=" + id);
        assertEquals("Согласовано", agreement.status());
        String route = user.text(By.id("route"));
        assertTrue(route.contains("Игорь Лебедев") && route.contains("Марина Голубева"), route);
        assertEquals(2, user.all(By.cssSelector("li.route-stage.stage-passed")).size(), route);
        user.screenshot("route-approved");
        user.screenshotAtWidth("route-approved-phone", 390);
    }

    /**
     * Signs in as {@code approver}, finds the agreement under "My tasks", opens it from there and approves, with the
     * remark when one is given.
     */
    private void approveFromTasks(String approver, String number, String nextStage, String remark) {
        user.forget();
        user.signInAs(approver);
        user.press(By.linkText("Мои задачи"));
        List<WebElement> rows = user.all(By.cssSelector("#tasks tbody tr"));
        assertTrue(rows.stream().anyMatch(row -> row.getText().contains(number)),
                number + " among " + approver + "'s tasks: " + rows.stream().map(WebElement::getText).toList());
        user.screenshot("tasks-" + approver);
        user.screenshotAtWidth("tasks-" + approver + "-phone", 390);
        assertTrue(user.pageWidthAt(390) <= 390, "My tasks never scroll sideways on a phone");
        user.press(By.linkText(number));
        AgreementPage agreement = new AgreementPage(user);
        if (remark != null) {
            user.type(By.id("actions:remark"), remark);
            user.screenshot("decision-form-" + approver);
            user.screenshotAtWidth("decision-form-" + approver + "-phone", 390);
        }
        agreement.act("APPROVE");
        assertFalse(agreement.offers("APPROVE"), "one decision per person and stage");
        if (nextStage != null) {
            assertEquals("На согласовании", agreement.status(), "the next stage is asked now");
            assertTrue(user.text(By.cssSelector("li.stage-current")).contains(nextStage),
                    user.text(By.cssSelector("li.stage-current")));
        }
    }
}
