package org.pactum.web.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pactum.web.support.Api;
import org.pactum.web.support.PdfText;
import org.pactum.web.support.SharedApiServer;

/**
 * Approval routes through the API on the built WAR: each stage rule, return and resubmission in both modes, the
 * refusals (someone not asked, a stale revision, a second decision), delegation and a deputy, the inbox, and many
 * decisions on one stage at the same instant.
 */
@ExtendWith(SharedApiServer.class)
class RoutingApiIT {

    Api api;

    @BeforeEach
    void connect(URL base) {
        api = new Api(base);
    }

    @Test
    void the_demo_route_asks_the_legal_department_then_the_deputy_head_and_each_sees_the_task_in_their_inbox() {
        long id = submitted("standard");
        JsonObject route = route(id);
        assertEquals("standard", route.getString("route"));
        assertEquals(1, route.getInt("currentStage"));
        assertTrue(inbox("approver1").contains(id), "the legal department is asked first");
        assertTrue(!inbox("approver2").contains(id), "the deputy head only after it");

        assertProblem(decide(id, "approver2", "APPROVE", revision(id), null), 403, "not-entitled-to-decide");
        assertProblem(decide(id, "approver1", "APPROVE", revision(id) + 1, null), 409, "stale-revision");
        assertProblem(decide(id, "approver1", "RETURN", revision(id), " "), 422, "invalid-input");
        assertEquals(200, decide(id, "approver1", "APPROVE", revision(id), "Замечаний нет").status());
        assertProblem(decide(id, "approver1", "APPROVE", revision(id), null), 403, "not-entitled-to-decide");

        assertTrue(inbox("approver2").contains(id));
        JsonObject task = tasks("approver2").stream().filter(t -> t.getJsonNumber("agreementId").longValue() == id)
                .findFirst().orElseThrow();
        assertEquals(2, task.getInt("stage"));
        assertTrue(task.containsKey("due"), "the stage has a deadline: " + task);
        assertEquals(200, decide(id, "approver2", "APPROVE", revision(id), null).status());
        assertEquals("APPROVED", agreement(id).getString("status"));
        JsonObject decided = route(id);
        assertEquals("APPROVED", decided.getString("state"));
        JsonObject legal = decided.getJsonArray("stages").getJsonObject(0).getJsonArray("tasks").getJsonObject(0);
        assertEquals("Замечаний нет", legal.getString("remark"), "a remark, not a reason");
        assertEquals(revision(id), legal.getInt("revision"), "each decision names its revision");
    }

    @Test
    void under_a_quorum_the_stage_passes_with_enough_approvals_and_under_any_with_the_first() {
        String group = group("approver1", "approver2");
        long quorum = submitted(route(group, "QUORUM", 2, "RESTART"));
        assertEquals(200, decide(quorum, "approver2", "APPROVE", revision(quorum), null).status());
        assertEquals("IN_APPROVAL", agreement(quorum).getString("status"));
        assertProblem(decide(quorum, "approver2", "APPROVE", revision(quorum), null), 409, "already-decided");
        assertEquals(200, decide(quorum, "approver1", "APPROVE", revision(quorum), null).status());
        assertEquals("APPROVED", agreement(quorum).getString("status"));

        long any = submitted(route(group, "ANY", 0, "RESTART"));
        assertEquals(200, decide(any, "approver1", "APPROVE", revision(any), null).status());
        assertEquals("APPROVED", agreement(any).getString("status"));
        assertTrue(!inbox("approver2").contains(any), "nobody is asked once the stage is decided");
    }

    @Test
    void a_returned_agreement_is_asked_again_of_everyone_under_restart_and_only_of_the_others_under_remaining() {
        String group = group("approver1", "approver2");
        for (String mode : List.of("RESTART", "REMAINING")) {
            long id = submitted(route(group, "ALL", 0, mode));
            assertEquals(200, decide(id, "approver1", "APPROVE", revision(id), null).status());
            assertEquals(200, decide(id, "approver2", "RETURN", revision(id), "Уточнить срок").status());
            assertEquals("RETURNED", agreement(id).getString("status"));

            step(id, "rework", "drafter");
            step(id, "submit", "drafter");

            assertTrue(inbox("approver2").contains(id), mode);
            assertEquals(mode.equals("RESTART"), inbox("approver1").contains(id), mode + ": is approver1 asked again?");
            assertEquals(2, route(id).getInt("round"));
        }
    }

    @Test
    void a_delegated_task_is_decided_on_behalf_of_the_approver_and_so_is_an_absent_approvers_by_the_deputy() {
        long delegated = submitted("standard");
        long taskId = tasks("approver1").stream().filter(t -> t.getJsonNumber("agreementId").longValue() == delegated)
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        assertProblem(api.post("api/v1/tasks/" + taskId + "/delegation", "approver1", "{\"to\":\"drafter\"}"), 403,
                "not-entitled-to-decide");
        Api.Reply handed = api.post("api/v1/tasks/" + taskId + "/delegation", "approver1",
                "{\"to\":\"approver2\",\"remark\":\"В командировке\"}");
        assertEquals(200, handed.status(), handed::toString);
        assertEquals("approver1", handed.json().getString("onBehalfOf"));
        assertEquals(200, decide(delegated, "approver2", "APPROVE", revision(delegated), null).status());
        JsonObject legal = route(delegated).getJsonArray("stages").getJsonObject(0).getJsonArray("tasks")
                .getValuesAs(JsonObject.class).stream().filter(t -> t.getString("state").equals("APPROVED"))
                .findFirst().orElseThrow();
        assertEquals("approver2", legal.getString("decidedBy"));
        assertEquals("approver1", legal.getString("onBehalfOf"));

        String today = LocalDate.now(ZoneId.of("Asia/Omsk")).toString();
        Api.Reply absence = api.post("api/v1/absences", "approver1", """
                {"deputy":"approver2","firstDay":"%s","lastDay":"%s"}""".formatted(today, today));
        assertEquals(201, absence.status(), absence::toString);
        try {
            long covered = submitted("standard");
            JsonObject stoodIn = tasks("approver2").stream()
                    .filter(t -> t.getJsonNumber("agreementId").longValue() == covered).findFirst().orElseThrow();
            assertEquals("approver1", stoodIn.getString("deputyFor"));
            assertEquals(200, decide(covered, "approver2", "APPROVE", revision(covered), "За И. Лебедева").status());
            assertEquals(2, route(covered).getInt("currentStage"));
        } finally {
            // Other tests count on approver2 not standing in for approver1.
            Api.Reply ended = api.call("DELETE", "api/v1/absences/" + absence.json().getJsonNumber("id"), "approver1",
                    null);
            assertEquals(204, ended.status(), ended::toString);
        }
    }

    @Test
    void many_decisions_on_one_stage_at_the_same_instant_are_each_taken_once_and_the_stage_passes_once()
            throws Exception {
        String group = group("approver1", "approver2");
        long id = submitted(route(group, "ALL", 0, "RESTART"));
        int revision = revision(id);
        List<Callable<Integer>> attempts = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String approver = i % 2 == 0 ? "approver1" : "approver2";
            attempts.add(() -> decide(id, approver, "APPROVE", revision, null).status());
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Integer> statuses = new ArrayList<>();
        try {
            for (Future<Integer> answer : pool.invokeAll(attempts)) {
                statuses.add(answer.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2, statuses.stream().filter(status -> status == 200).count(), statuses.toString());
        assertTrue(statuses.stream().allMatch(status -> status == 200 || status == 403 || status == 409),
                "no 5xx: " + statuses);
        assertEquals("APPROVED", agreement(id).getString("status"));
        JsonObject trail = api.get("api/v1/agreements/" + id + "/audit?size=500", "auditor").json();
        List<String> actions = trail.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(event -> event.getString("action")).toList();
        assertEquals(2, actions.stream().filter("route.decided"::equals).count(), actions.toString());
        assertEquals(1, actions.stream().filter("agreement.approved"::equals).count(), actions.toString());
    }

    @Test
    void the_approval_sheet_of_the_demos_approved_agreement_names_the_legal_department_and_its_approvers()
            throws Exception {
        JsonObject approved = api.get("api/v1/agreements?status=APPROVED&q="
                + URLEncoder.encode("приграничной торговли", StandardCharsets.UTF_8), "auditor").json()
                .getJsonArray("items").getJsonObject(0);
        long id = approved.getJsonNumber("id").longValue();

        Api.Download sheet = api.download("api/v1/agreements/" + id + "/approval-sheet?lang=ru", "signer1",
                "application/pdf, application/problem+json");
        assertEquals(200, sheet.status(), sheet::toString);
        assertEquals("application/pdf", sheet.contentType());
        assertTrue(sheet.contentDisposition().contains(URLEncoder.encode(" лист согласования (ru).pdf",
                StandardCharsets.UTF_8).replace("+", "%20")), sheet::toString);
        String text = PdfText.allSqueezed(sheet.content());
        for (String expected : List.of("Листсогласования", "Правовоеуправление", "Заместительглавы", "ИгорьЛебедев",
                "МаринаГолубева", "Согласовано", PdfText.squeezed(approved.getString("number")))) {
            assertTrue(text.contains(expected), () -> expected + " in " + text);
        }

        String byDefault = PdfText.allSqueezed(api.download("api/v1/agreements/" + id + "/approval-sheet", "drafter",
                "application/pdf").content());
        assertTrue(byDefault.contains("Листсогласования"), "Russian without lang or Accept-Language");
        assertProblem(api.call("GET", "api/v1/agreements/" + id + "/approval-sheet?lang=de", "auditor", null,
                "Accept", "application/pdf, application/problem+json"), 422, "invalid-input");
        long unrouted = api.post("api/v1/agreements", "drafter", """
                {"kind":"COOPERATION_AGREEMENT","languages":["ru","kk"],
                 "title":{"ru":"Соглашение без маршрута","kk":"Маршрутсыз келісім"},
                 "partyIds":[%d,%d],"areas":["EDUCATION"],"term":{"startsOn":null,"years":5,"autoRenewal":true}}
                """.formatted(partyId(0), partyId(1))).json().getJsonNumber("id").longValue();
        assertProblem(api.call("GET", "api/v1/agreements/" + unrouted + "/approval-sheet", "auditor", null,
                "Accept", "application/pdf, application/problem+json"), 404, "not-found");
    }

    @Test
    void each_step_notifies_whom_it_concerns_and_each_reads_only_their_own() {
        long id = submitted("standard");
        JsonObject assigned = notificationOf("approver1", id, "TASK_ASSIGNED");
        assertTrue(assigned.getJsonObject("parameters").containsKey("due"), "the legal department has a deadline");
        assertTrue(assigned.getString("text").contains("ждёт вашего решения"), assigned::toString);

        assertEquals(200, decide(id, "approver1", "APPROVE", revision(id), null).status());
        notificationOf("approver2", id, "TASK_ASSIGNED");
        assertEquals(200, decide(id, "approver2", "RETURN", revision(id), "Уточнить срок").status());
        JsonObject returned = notificationOf("drafter", id, "RETURNED");
        assertEquals("Уточнить срок", returned.getJsonObject("parameters").getString("remark"));

        long notification = returned.getJsonNumber("id").longValue();
        assertProblem(api.post("api/v1/notifications/" + notification + "/read", "approver1", "{}"), 404, "not-found");
        Api.Reply read = api.post("api/v1/notifications/" + notification + "/read", "drafter", "{}");
        assertEquals(200, read.status(), read::toString);
        assertTrue(read.json().containsKey("readAt"), read::toString);
        assertTrue(api.get("api/v1/notifications?unread=true", "drafter").array().getValuesAs(JsonObject.class).stream()
                .noneMatch(n -> n.getJsonNumber("id").longValue() == notification), "read is no longer unread");
    }

    @Test
    void an_overdue_stage_is_escalated_by_the_servers_scheduler_to_its_target_who_is_told_in_their_own_language()
            throws InterruptedException {
        Api.Reply kazakh = api.put("api/v1/me/profile", "approver2",
                "{\"email\":\"approver2@pactum.example\",\"language\":\"kk\"}");
        assertEquals(200, kazakh.status(), kazakh::toString);
        assertEquals("kk", kazakh.json().getString("language"));
        assertProblem(api.put("api/v1/me/profile", "approver2", "{\"email\":\"approver2 at pactum\"}"), 422,
                "invalid-input");
        try {
            String code = "it-" + System.nanoTime();
            Api.Reply created = api.post("api/v1/routes", "admin", """
                    {"code":"%s","name":{"ru":"Срочный маршрут","kk":"Шұғыл маршрут"},"kinds":["COOPERATION_AGREEMENT"],
                     "stages":[{"name":{"ru":"Правовое управление","kk":"Құқықтық басқарма"},
                                "approvers":["user:approver1"],"rule":"ALL","quorum":0,
                                "deadline":"PT3S","escalateTo":"approver2"}]}""".formatted(code));
            assertEquals(201, created.status(), created::toString);
            long id = submitted(code);

            // Nobody decides: the scheduler of the running server (polling every 2 s in the ITs) escalates the task.
            JsonObject escalated = awaitNotification("approver2", id, "ESCALATED", 90);
            assertTrue(escalated.getString("text").contains("мерзімі өтті"),
                    "worded in Kazakh, approver2's profile language: " + escalated);
            assertTrue(inbox("approver2").contains(id), "the task now waits for the escalation target");
            JsonObject task = tasks("approver2").stream()
                    .filter(t -> t.getJsonNumber("agreementId").longValue() == id).findFirst().orElseThrow();
            assertEquals("approver1", task.getString("onBehalfOf"), "decided on behalf of the overdue approver");
            List<String> actions = api.get("api/v1/agreements/" + id + "/audit?size=500", "auditor").json()
                    .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .map(event -> event.getString("action")).toList();
            assertEquals(1, actions.stream().filter("route.task-escalated"::equals).count(), actions.toString());
        } finally {
            Api.Reply russian = api.put("api/v1/me/profile", "approver2",
                    "{\"email\":\"approver2@pactum.example\",\"language\":\"ru\"}");
            assertEquals(200, russian.status(), russian::toString);
        }
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    private JsonObject awaitNotification(String user, long agreement, String kind, int seconds)
            throws InterruptedException {
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        while (true) {
            Api.Reply reply = api.get("api/v1/notifications", user);
            assertEquals(200, reply.status(), reply::toString);
            var found = reply.array().getValuesAs(JsonObject.class).stream()
                    .filter(n -> n.containsKey("agreementId") && n.getJsonNumber("agreementId").longValue() == agreement)
                    .filter(n -> n.getString("kind").equals(kind)).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            if (System.nanoTime() > until) {
                throw new AssertionError(user + " got no " + kind + " for " + agreement + " in " + seconds + " s: "
                        + reply);
            }
            Thread.sleep(500);
        }
    }

    private String group(String... members) {
        String code = "it-" + System.nanoTime();
        Api.Reply put = api.put("api/v1/approver-groups/" + code, "admin", """
                {"name":{"ru":"Группа теста","kk":"Сынақ тобы"},"members":[%s]}"""
                .formatted(String.join(",", List.of(members).stream().map(m -> "\"" + m + "\"").toList())));
        assertEquals(200, put.status(), put::toString);
        return code;
    }

    private String route(String group, String rule, int quorum, String mode) {
        String code = "it-" + System.nanoTime();
        Api.Reply created = api.post("api/v1/routes", "admin", """
                {"code":"%s","name":{"ru":"Маршрут теста","kk":"Сынақ маршруты"},"resubmission":"%s",
                 "kinds":["COOPERATION_AGREEMENT"],
                 "stages":[{"name":{"ru":"Согласующие","kk":"Келісушілер"},"approvers":["group:%s"],
                            "rule":"%s","quorum":%d}]}""".formatted(code, mode, group, rule, quorum));
        assertEquals(201, created.status(), created::toString);
        return code;
    }

    private long submitted(String route) {
        Api.Reply created = api.post("api/v1/agreements", "drafter", """
                {"kind":"COOPERATION_AGREEMENT","languages":["ru","kk"],
                 "title":{"ru":"Соглашение для маршрута","kk":"Маршрутқа арналған келісім"},
                 "partyIds":[%d,%d],"areas":["EDUCATION"],"term":{"startsOn":null,"years":5,"autoRenewal":true}}
                """.formatted(partyId(0), partyId(1)));
        assertEquals(201, created.status(), created::toString);
        long id = created.json().getJsonNumber("id").longValue();
        Api.Reply submitted = api.post("api/v1/agreements/" + id + "/submit", "drafter",
                "{\"version\":" + version(id) + ",\"route\":\"" + route + "\"}");
        assertEquals(200, submitted.status(), submitted::toString);
        return id;
    }

    private void step(long id, String action, String user) {
        Api.Reply reply = api.post("api/v1/agreements/" + id + "/" + action, user, "{\"version\":" + version(id) + "}");
        assertEquals(200, reply.status(), reply::toString);
    }

    private Api.Reply decide(long id, String user, String decision, int revision, String remark) {
        return api.post("api/v1/agreements/" + id + "/decisions", user, "{\"decision\":\"" + decision
                + "\",\"revision\":" + revision + (remark == null ? "" : ",\"remark\":\"" + remark + "\"") + "}");
    }

    private List<JsonObject> tasks(String user) {
        Api.Reply reply = api.get("api/v1/tasks", user);
        assertEquals(200, reply.status(), reply::toString);
        return reply.array().getValuesAs(JsonObject.class);
    }

    private JsonObject notificationOf(String user, long agreement, String kind) {
        Api.Reply reply = api.get("api/v1/notifications", user);
        assertEquals(200, reply.status(), reply::toString);
        return reply.array().getValuesAs(JsonObject.class).stream()
                .filter(n -> n.containsKey("agreementId") && n.getJsonNumber("agreementId").longValue() == agreement)
                .filter(n -> n.getString("kind").equals(kind)).findFirst()
                .orElseThrow(() -> new AssertionError(user + " has no " + kind + " for " + agreement + ": " + reply));
    }

    private List<Long> inbox(String user) {
        return tasks(user).stream().map(task -> task.getJsonNumber("agreementId").longValue()).toList();
    }

    private JsonObject route(long id) {
        Api.Reply reply = api.get("api/v1/agreements/" + id + "/route", "auditor");
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    private JsonObject agreement(long id) {
        return api.get("api/v1/agreements/" + id, "auditor").json();
    }

    private int revision(long id) {
        return agreement(id).getInt("revision");
    }

    private long version(long id) {
        return agreement(id).getJsonNumber("version").longValue();
    }

    private long partyId(int index) {
        return api.get("api/v1/parties?q=" + URLEncoder.encode("области", StandardCharsets.UTF_8), "drafter").array()
                .getJsonObject(index).getJsonNumber("id").longValue();
    }

    private static void assertProblem(Api.Reply reply, int status, String type) {
        assertEquals(status, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply::toString);
        assertEquals("urn:pactum:problem:" + type, reply.json().getString("type"), reply::toString);
    }
}
