package org.pactum.web.ui.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.pactum.web.faces.PageMessages;
import org.pactum.web.support.Api;

/**
 * Approval set up in the browser: the administrator makes a group and a two-stage route — a quorum of one of the
 * group's two, then the deputy head — is told where a quorum is too large, saves, edits, and meets a conflict as a
 * sentence; an agreement goes along the route and an approver finds the notification, marks it read, and records an
 * absence. Runs on the server the other browser classes share (one Payara Micro); it sets nothing up as a default,
 * so the other classes' agreements keep their routes.
 * <p>
 * The groups and absences forms come after their lists, which on a phone fill the screen: a refused save must land
 * on the refused field with its message beside it, marked for a screen reader, in Russian, Kazakh and English.
 */
@ExtendWith(SharedServerAndBrowser.class)
class RouteSetupIT {

    private static final int DESKTOP = 1366;
    private static final int PHONE = 390;
    private static final List<String> LANGUAGES = List.of("ru", "kk", "en");

    private final BrowserUser user;
    private final Api api;

    RouteSetupIT(BrowserUser user, Api api) {
        this.user = user;
        this.api = api;
    }

    @Test
    void the_administrator_sets_up_a_quorum_route_and_an_approver_reads_its_notification() {
        String suffix = Long.toString(System.nanoTime() % 1_000_000);
        String group = "it-pair-" + suffix;
        String route = "it-quorum-" + suffix;

        user.forget();
        user.signInAs("admin");
        user.press(By.linkText("Маршруты"));
        assertEquals("/routing/admin/routes.xhtml", user.path());
        shoot("setup-routes");

        createGroup(group);
        createRoute(route, group);
        editRoute(route);
        conflictIsASentence(route);

        long id = SisterCityDrafts.create(api);
        Api.Reply submitted = api.post("api/v1/agreements/" + id + "/submit", "drafter",
                "{\"version\":" + version(id) + ",\"route\":\"" + route + "\"}");
        assertEquals(200, submitted.status(), submitted::toString);

        approverReadsTheNotification(id);
        approverRecordsAndCancelsAnAbsence();

        // Every change made on these pages went through RouteAdministration, so the audit trail has it.
        String byAdmin = configuredBy("admin");
        assertTrue(byAdmin.contains(group) && byAdmin.contains(route), byAdmin);
        String byApprover = configuredBy("approver1");
        assertTrue(byApprover.contains("absence") && byApprover.contains("removed"), byApprover);
    }

    @Test
    void a_refused_group_or_absence_is_said_beside_its_field_where_a_phone_lands_in_each_language() {
        String suffix = Long.toString(System.nanoTime() % 1_000_000);
        LocalDate first = LocalDate.now().plusYears(2);
        user.forget();
        user.signInAs("admin");
        List<String> failures = new ArrayList<>();
        for (String language : LANGUAGES) {
            user.open("/routing/admin/groups.xhtml");
            user.switchLanguage(language);
            user.type(By.id("group:code"), "it-unnamed-" + suffix);
            user.click(checkbox("group:members", "approver1"));
            failures.addAll(refusedOnPhone("groups-unnamed", language, "group", "save", "nameRu", "groups.problem.name"));
            failures.addAll(kept(language, "group:code", "it-unnamed-" + suffix, user.value(By.id("group:code"))));
            failures.addAll(kept(language, "approver1 ticked", "true",
                    String.valueOf(user.all(checkbox("group:members", "approver1")).getFirst().isSelected())));
            failures.addAll(after("groups-refused", language));
            if ("ru".equals(language)) {
                failures.addAll(summaryLeadsTo("group", "nameRu"));
                user.type(By.id("group:code"), "legal-department");
                user.type(By.id("group:nameRu"), "Ещё одно правовое управление");
                failures.addAll(refusedOnPhone("groups-taken", language, "group", "save", "code", "groups.problem.taken",
                        "legal-department"));
            }

            // Last day before the first: refused beside the last day.
            user.open("/routing/absences.xhtml");
            user.choose(By.id("absence:account"), "Игорь Лебедев");
            user.choose(By.id("absence:deputy"), "Марина Голубева");
            user.setHiddenField("absence:firstDay", first.plusDays(3).toString());
            user.setHiddenField("absence:lastDay", first.toString());
            failures.addAll(refusedOnPhone("absences-reversed", language, "absence", "record", "lastDay",
                    "absences.problem.lastDay"));
            failures.addAll(kept(language, "absence:deputy", "approver2", user.value(By.id("absence:deputy"))));
            failures.addAll(kept(language, "absence:firstDay", first.plusDays(3).toString(),
                    user.value(By.id("absence:firstDay"))));
            failures.addAll(after("absences-refused", language));
        }
        user.switchLanguage("ru");
        assertEquals(List.of(), failures, String.join("\n", failures));
    }

    private String configuredBy(String actor) {
        Api.Reply events = api.get("api/v1/audit/events?action=route.configured&actor=" + actor + "&size=100",
                "auditor");
        assertEquals(200, events.status(), events::toString);
        return events.body();
    }

    @Test
    void approvers_are_not_shown_the_way_to_the_routes_and_cannot_open_them() {
        user.forget();
        user.signInAs("approver2");
        List<String> navigation = user.all(By.cssSelector(".mainnav a")).stream().map(WebElement::getText).toList();
        assertFalse(navigation.contains("Маршруты"), navigation.toString());
        assertTrue(navigation.stream().anyMatch(item -> item.startsWith("Уведомления")), navigation.toString());
        user.open("/routing/admin/routes.xhtml");
        assertFalse(user.pageText().contains("Новый маршрут"), user.pageText());
    }

    private void createGroup(String group) {
        user.press(By.id("tabGroups"));
        user.type(By.id("group:code"), group);
        user.type(By.id("group:nameRu"), "Пара юристов " + group);
        user.click(checkbox("group:members", "approver1"));
        user.click(checkbox("group:members", "approver2"));
        user.press(By.id("group:save"));
        assertTrue(user.text(By.id("messages")).contains("сохранена"), user.pageText());
        String row = user.text(By.cssSelector("tr[data-group='" + group + "']"));
        assertTrue(row.contains("Игорь Лебедев") && row.contains("Марина Голубева"), row);
        shoot("setup-groups");
    }

    private void createRoute(String route, String group) {
        user.press(By.id("tabRoutes"));
        user.press(By.id("newRoute"));
        user.type(By.id("route:code"), route);
        user.type(By.id("route:nameRu"), "Кворум юристов → заместитель " + route);
        user.type(By.id("route:stages:0:stageNameRu"), "Правовая экспертиза");
        user.click(checkbox("route:stages:0:groups", group));
        user.choose(By.id("route:stages:0:rule"), "Кворум");
        user.type(By.id("route:stages:0:quorum"), "3");
        user.press(By.id("route:addStage"));
        user.type(By.id("route:stages:1:stageNameRu"), "Заместитель главы");
        user.click(checkbox("route:stages:1:users", "approver2"));
        user.type(By.id("route:stages:1:deadline"), "2");
        user.choose(By.id("route:stages:1:escalateTo"), "Игорь Лебедев");
        user.press(By.id("route:save"));

        // Two people are in the group, so a quorum of three is refused beside the field, in words.
        String stage = user.text(By.cssSelector("li.stage-form"));
        assertTrue(stage.contains("кворум — целое число от 1 до 2"), stage);
        assertFalse(user.pageText().contains("Exception"), user.pageText());
        assertEquals("Правовая экспертиза", user.value(By.id("route:stages:0:stageNameRu")), "what was typed is kept");
        shoot("setup-route-refused");

        user.type(By.id("route:stages:0:quorum"), "1");
        user.press(By.id("route:save"));
        assertEquals("/routing/admin/routes.xhtml", user.path(), user.pageText());
        String row = user.text(By.cssSelector("tr[data-route='" + route + "']"));
        assertTrue(row.contains("Правовая экспертиза") && row.contains("кворум: 1") && row.contains("Пара юристов"), row);
        assertTrue(row.contains("Заместитель главы") && row.contains("Марина Голубева") && row.contains("срок 2 дн."), row);
    }

    private void editRoute(String route) {
        user.press(By.cssSelector("tr[data-route='" + route + "'] td.row-actions a"));
        assertEquals("2", user.value(By.id("route:stages:1:deadline")));
        user.type(By.id("route:nameEn"), "Lawyers' quorum, then the deputy head");
        user.type(By.id("route:stages:1:deadline"), "36");
        user.choose(By.id("route:stages:1:deadlineUnit"), "часов");
        user.click(By.id("route:resubmission:1"));
        shoot("setup-route-edit");
        user.press(By.id("route:save"));
        String row = user.text(By.cssSelector("tr[data-route='" + route + "']"));
        user.switchLanguage("kk");
        assertTrue(user.text(By.cssSelector("tr[data-route='" + route + "']")).contains("36"), user.pageText());
        shoot("setup-routes-kk");
        user.switchLanguage("ru");
        assertTrue(row.contains("срок 36 ч") && row.contains("только те, кто не согласовал"), row);
        shoot("setup-routes-after-edit");
    }

    /** A page that stayed open while someone else saved sends an old version: the editor says so in a sentence. */
    private void conflictIsASentence(String route) {
        user.press(By.cssSelector("tr[data-route='" + route + "'] td.row-actions a"));
        user.setHiddenField("route:version", "1");
        user.press(By.id("route:save"));
        assertTrue(user.text(By.id("route:conflict")).contains("сохранил кто-то другой"), user.pageText());
        assertTrue(user.text(By.id("messages")).contains("изменил кто-то другой"), user.text(By.id("messages")));
        user.press(By.id("route:reload"));
    }

    private void approverReadsTheNotification(long agreement) {
        user.forget();
        user.signInAs("approver1");
        int before = unreadCount();
        assertTrue(before > 0, "approver1 is asked by the quorum stage");
        user.press(By.cssSelector(".mainnav a[href*='notifications']"));
        By ours = By.cssSelector("li.notice-item.unread:has(a[href*='id=" + agreement + "'])");
        assertFalse(user.all(ours).isEmpty(), user.pageText());
        assertTrue(user.all(ours).getFirst().getText().contains("Правовая экспертиза"), user.all(ours).getFirst().getText());
        shoot("notifications");

        user.press(By.cssSelector("li.notice-item.unread:has(a[href*='id=" + agreement + "']) input[type='submit']"));
        assertTrue(user.all(ours).isEmpty(), "marked read");
        assertEquals(before - 1, unreadCount());
        if (before > 1) {
            user.press(By.id("all:markAllRead"));
            assertEquals(0, unreadCount());
            assertTrue(user.all(By.cssSelector("li.notice-item.unread")).isEmpty());
        }
        shoot("notifications-read");
    }

    private void approverRecordsAndCancelsAnAbsence() {
        user.press(By.cssSelector(".mainnav a[href*='absences']"));
        // Far ahead, so no other test's task is decided by the deputy meanwhile.
        LocalDate first = LocalDate.now().plusYears(2);
        user.choose(By.id("absence:deputy"), "Марина Голубева");
        user.setHiddenField("absence:firstDay", first.plusDays(3).toString());
        user.setHiddenField("absence:lastDay", first.toString());
        user.press(By.id("absence:record"));
        assertTrue(user.pageText().contains("не раньше первого"), user.pageText());

        user.setHiddenField("absence:firstDay", first.toString());
        user.setHiddenField("absence:lastDay", first.plusDays(3).toString());
        user.press(By.id("absence:record"));
        String row = user.text(By.cssSelector("#absences tbody tr.absence-planned"));
        assertTrue(row.contains("Марина Голубева"), row);
        shoot("absences");
        user.press(By.cssSelector("#absences tbody tr.absence-planned input[type='submit']"));
        assertTrue(user.text(By.id("messages")).contains("отменено"), user.pageText());
    }

    /**
     * Sends the form as from a phone (390 × 800) and says what is wrong with the answer: where the page lands, the
     * field and the message beside it must be on the screen (kept as page-NAME-LANGUAGE-landing-390.png), the message
     * must say the text of {@code key}, and the field must be marked aria-invalid and described by the message; the
     * summary at the top of the page must link to the field in the same words.
     */
    private List<String> refusedOnPhone(String page, String language, String form, String button, String field,
                                        String key, Object... arguments) {
        By input = By.id(form + ":" + field);
        String message = form + ":" + field + "Problem";
        List<String> wrong = new ArrayList<>(PageChecks.offScreenAfterPressingOnPhone(user, By.id(form + ":" + button),
                page, language, input, By.id(message)));
        String text = said(language, key, arguments);
        String beside = user.all(By.id(message)).stream().map(WebElement::getText).findFirst().orElse("");
        if (!beside.contains(text)) {
            wrong.add(page + " [" + language + "] expected \"" + text + "\" beside " + field + ", not \"" + beside
                    + "\"; the page says: " + user.text(By.id("messages")));
        }
        WebElement refused = user.browser().findElement(input);
        if (!"true".equals(refused.getDomAttribute("aria-invalid"))) {
            wrong.add(page + " [" + language + "] " + field + " is not aria-invalid");
        }
        String describedBy = String.valueOf(refused.getDomAttribute("aria-describedby"));
        if (!List.of(describedBy.split(" ")).contains(message)) {
            wrong.add(page + " [" + language + "] " + field + " is described by " + describedBy + ", not by " + message);
        }
        String summary = user.all(By.cssSelector("#refusal a[href='#" + form + ":" + field + "']")).stream()
                .map(WebElement::getText).findFirst().orElse("");
        if (!summary.equals(text)) {
            wrong.add(page + " [" + language + "] the summary at the top links to " + field + " as \"" + summary
                    + "\", not as \"" + text + "\"");
        }
        return wrong;
    }

    /**
     * On a phone, from the top of the refused page, the summary's link to the field brings the field and its label onto
     * the screen.
     */
    private List<String> summaryLeadsTo(String form, String field) {
        String id = form + ":" + field;
        return user.shownAt(PHONE, () -> {
            ((JavascriptExecutor) user.browser()).executeScript("window.scrollTo(0, 0)");
            user.click(By.cssSelector("#refusal a[href='#" + id + "']"));
            return user.offScreen(By.id(id), By.cssSelector("label[for='" + id + "']")).stream()
                    .map(off -> off + " is not on the screen after following the summary's link to it").toList();
        });
    }

    private static List<String> kept(String language, String what, String typed, String held) {
        return typed.equals(held) ? List.of() : List.of("[" + language + "] " + what + " holds \"" + held
                + "\" after the refusal, not what was typed: \"" + typed + "\"");
    }

    /** The text of {@code key} in the language, as the pages' bundle has it. */
    private static String said(String language, String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(PageMessages.BUNDLE, Locale.of(language)).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.of(language)).format(arguments);
    }

    /**
     * The refused form, kept in Russian and Kazakh at both widths: it must not scroll sideways in any language, and
     * axe must find nothing serious in its marks and summary. Axe looks once, in Russian: the marks are the same in
     * every language, and EveryPageIT checks each page's languages.
     */
    private List<String> after(String name, String language) {
        if ("en".equals(language)) {
            assertEquals(List.of(), user.overflowingAt(PHONE), name + " [en] scrolls sideways at " + PHONE + " px");
        } else {
            shoot(name + "-" + language);
        }
        return "ru".equals(language) ? PageChecks.seriousViolations(user, name, language) : List.of();
    }

    private int unreadCount() {
        List<WebElement> badge = user.all(By.cssSelector(".mainnav .unread-count"));
        return badge.isEmpty() ? 0 : Integer.parseInt(badge.getFirst().getText().replace("+", ""));
    }

    private static By checkbox(String name, String value) {
        return By.cssSelector("input[name='" + name + "'][value='" + value + "']");
    }

    private long version(long id) {
        Api.Reply agreement = api.get("api/v1/agreements/" + id, "drafter");
        assertEquals(200, agreement.status(), agreement::toString);
        return agreement.json().getJsonNumber("version").longValue();
    }

    /** Saves the page at desktop and phone width; on a phone nothing may make it scroll sideways. */
    private void shoot(String name) {
        user.screenshotAtWidth(name, DESKTOP);
        user.screenshotAtWidth(name + "-phone", PHONE);
        assertEquals(List.of(), user.overflowingAt(PHONE), name + " scrolls sideways at " + PHONE + " px");
        assertEquals(List.of(), user.overflowingAt(DESKTOP), name + " scrolls sideways at " + DESKTOP + " px");
    }
}
