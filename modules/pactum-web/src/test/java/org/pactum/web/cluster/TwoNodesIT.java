package org.pactum.web.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.pactum.fixtures.Directories;
import org.pactum.fixtures.FreePort;
import org.pactum.fixtures.PostgresServer;
import org.pactum.web.support.Api;
import org.pactum.web.support.BuiltWarOnPayaraMicro;
import org.pactum.web.support.PayaraMicroSettings;

/**
 * Two Payara Micro nodes on one PostgreSQL database, clustered through Payara's Hazelcast on loopback, with requests
 * landing on either as a load balancer without sticky sessions would send them (also the public verification page's
 * uploads, whose allowance the nodes grant together); approval deadlines falling due while
 * both nodes' schedulers poll the database; then one node killed with SIGKILL in the middle of concurrent work; then a
 * backup of the database restored into a fresh one and served by a third node.
 * The tests run in order and share the nodes: each boot costs the most.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesIT {

    private static final String DATABASE = "cluster";
    private static final String RESTORED = "cluster_restored";
    private static final String SERVER_KEY = "{\"keySource\":\"server\",\"pin\":\"" + Api.DEMO_PASSWORD + "\"}";
    private static final int CONCURRENT_AGREEMENTS = 6;
    private static final int DEADLINES = 2;
    private static final Duration DEADLINE = Duration.ofSeconds(2);
    /** Copies one address may have checked on the public page per hour, on the whole cluster. */
    private static final int PUBLIC_UPLOADS = 3;

    private static PostgresServer postgres;
    private static Path data;
    private static BuiltWarOnPayaraMicro nodeA;
    private static BuiltWarOnPayaraMicro nodeB;
    private static BuiltWarOnPayaraMicro restoredNode;
    private static Api a;
    private static Api b;
    private static volatile boolean bKilled;
    private static final String WAITED_FOR_START_UP = "Another node is doing its start-up work on this database";
    private static long omsk;
    private static long pavlodar;
    private static final List<Long> signed = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void twoNodesInOneCluster() throws Exception {
        Path target = Path.of(System.getProperty("pactum.war", "target/ROOT.war")).toAbsolutePath().getParent();
        postgres = PostgresServer.shared(target);
        String url = postgres.freshDatabase(DATABASE);
        // One data directory: the nodes must seal the audit chain with the same key and sign with the same demo PKI.
        data = target.resolve("it-data").resolve("cluster");
        Directories.delete(data);
        int portA = FreePort.onLoopback();
        int portB = FreePort.onLoopback();
        String members = "127.0.0.1:" + portA + ",127.0.0.1:" + portB;
        String clusterName = "pactum-it-" + UUID.randomUUID().toString().substring(0, 8);
        // Both start at once on the empty database, as compose starts them: one makes the schema, the demo data and
        // the keys while the other waits for the start-up lock, then finds them in place.
        nodeA = BuiltWarOnPayaraMicro.launch(node("node-a", url, clusterName, portA, members));
        nodeB = BuiltWarOnPayaraMicro.launch(node("node-b", url, clusterName, portB, members));
        nodeA.awaitAnswer();
        nodeB.awaitAnswer();
        if (!nodeA.saidSoFar(WAITED_FOR_START_UP) && !nodeB.saidSoFar(WAITED_FOR_START_UP)) {
            System.out.println("TwoNodesIT: the nodes' start-up work did not overlap this time (no node waited)");
        }
        a = new Api(nodeA.base().toURL());
        b = new Api(nodeB.base().toURL());
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        // Payara logs the data grid's state whenever a member joins or leaves.
        while (!(nodeA.saidSoFar("DG Size: 2") && nodeB.saidSoFar("DG Size: 2"))) {
            assertTrue(Instant.now().isBefore(deadline), () -> "the nodes did not form one cluster:\n" + nodeB.consoleTail());
            Thread.sleep(500);
        }
        omsk = party(a, "Администрация города Омска (кластер)", "signer1");
        pavlodar = party(b, "Акимат города Павлодара (кластер)", "signer2");
    }

    /** A node of the cluster that grants few public uploads an hour, so the whole cluster's allowance is soon used. */
    private static PayaraMicroSettings node(String name, String url, String clusterName, int port, String members) {
        PayaraMicroSettings node = PayaraMicroSettings.clusterNode(name, data, url, PostgresServer.USER,
                PostgresServer.PASSWORD, clusterName, port, members);
        Map<String, String> properties = new LinkedHashMap<>(node.properties());
        properties.put("pactum.verification.public.per-address", String.valueOf(PUBLIC_UPLOADS));
        properties.put("pactum.verification.public.period", "PT1H");
        return new PayaraMicroSettings(name, data, properties, node.options());
    }

    @AfterAll
    static void stopNodes() {
        Stream.of(nodeA, nodeB, restoredNode).filter(node -> node != null).forEach(BuiltWarOnPayaraMicro::close);
    }

    @Test
    @Order(1)
    void a_page_session_signed_in_on_one_node_is_served_by_the_other() throws Exception {
        // Both nodes are on 127.0.0.1: one cookie jar sends the session cookie to either, as to one site behind a balancer.
        HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .build();
        String login = browser.send(HttpRequest.newBuilder(nodeA.base().resolve("login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String viewState = login.replaceFirst("(?s).*name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\".*", "$1");
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(nodeA.base().resolve("login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("login=login&login%3Ausername=drafter&login%3Apassword="
                        + Api.DEMO_PASSWORD + "&login%3Asubmit=x&jakarta.faces.ViewState="
                        + URLEncoder.encode(viewState, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, signedIn.statusCode(), signedIn::body);

        for (BuiltWarOnPayaraMicro node : List.of(nodeB, nodeA, nodeB)) {
            HttpResponse<String> page = browser.send(HttpRequest.newBuilder(node.base().resolve("registry/agreements.xhtml"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode(), () -> node.base() + " answered the signed-in drafter " + page.statusCode()
                    + " " + page.headers().map());
        }
    }

    @Test
    @Order(2)
    void wrong_passwords_spread_over_both_nodes_lock_the_username_on_both() throws Exception {
        String username = "cluster-guesser";
        List<Integer> answers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            answers.add(basic(i % 2 == 0 ? nodeA : nodeB, username, "wrong-" + i));
        }
        assertEquals(List.of(401, 401, 401, 401, 429), answers, "the fifth wrong password, wherever it lands, locks");
        assertEquals(429, basic(nodeA, username, "another"));
        assertEquals(429, basic(nodeB, username, "another"));
    }

    @Test
    @Order(3)
    void a_password_changed_or_an_account_deactivated_on_one_node_no_longer_opens_the_other_although_it_cached_it() throws Exception {
        String username = "cluster-reader";
        String initial = "Initial-reader-2026";
        Api.Reply created = a.post("api/v1/users", "admin", """
                {"username":"%s","displayName":"Читатель кластера","email":null,"language":"ru","roles":["AUDITOR"],
                 "password":"%s"}""".formatted(username, initial));
        assertEquals(201, created.status(), created::toString);
        String first = "First-reader-pass-2026";
        String second = "Second-reader-pass-2026";
        assertEquals(204, changePassword(nodeB, username, initial, first));
        // Both nodes now hold the first password in their credential caches (kept for minutes).
        assertEquals(200, basic(nodeB, username, first));
        assertEquals(200, basic(nodeA, username, first));

        assertEquals(204, changePassword(nodeA, username, first, second));
        assertEquals(401, basic(nodeB, username, first), "node B still took the password changed on node A");
        assertEquals(200, basic(nodeB, username, second));

        // Deactivated through node A, the account is shut out of node B at once, not when B's cached entry expires.
        Api.Reply deactivated = a.put("api/v1/users/" + username + "/active", "admin", "{\"active\":false}");
        assertEquals(200, deactivated.status(), deactivated::toString);
        assertEquals(401, basic(nodeB, username, second), "node B still let in the account deactivated on node A");
    }

    @Test
    @Order(4)
    void a_whole_lifecycle_alternating_nodes_drafts_routes_signs_twice_and_verifies() {
        long id = created(b);
        act(a, id, "submit", "drafter");
        act(b, id, "approve", "approver1");
        act(a, id, "approve", "approver2");
        JsonObject approved = a.get("api/v1/agreements/" + id, "auditor").json();
        assertEquals("APPROVED", approved.getString("status"), approved::toString);
        assertNotNull(approved.getJsonObject("registration"), approved::toString);

        assertEquals(201, b.post(signatures(id), "signer1", SERVER_KEY).status());
        Api.Reply second = a.post(signatures(id), "signer2", SERVER_KEY);
        assertEquals(201, second.status(), second::toString);
        assertEquals("SIGNED", b.get("api/v1/agreements/" + id, "auditor").json().getString("status"));
        signed.add(id);

        byte[] pdf = document(b, id);
        Api.Reply verified = a.send("POST", "api/v1/verifications", "auditor", "application/pdf", pdf);
        assertEquals(200, verified.status(), verified::toString);
        assertEquals("TOTAL_PASSED", verified.json().getString("indication"), verified::toString);
    }

    @Test
    @Order(5)
    void copies_checked_on_the_public_page_alternating_nodes_are_refused_once_the_clusters_allowance_is_used()
            throws Exception {
        long id = signed.getFirst();
        String token;
        try (Connection db = postgres.connect(DATABASE)) {
            token = strings(db, "SELECT token FROM verification_link WHERE agreement_id = ?", id).getFirst();
        }
        byte[] pdf = document(a, id);
        String verified = "api/v1/audit/events?action=document.verified&actor=anonymous&size=1";
        long before = a.get(verified, "auditor").json().getJsonNumber("total").longValue();
        // One visitor, one address, one cookie jar; the balancer sends each upload to the other node.
        HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .build();
        List<Integer> answers = new ArrayList<>();
        for (int i = 0; i < PUBLIC_UPLOADS + 2; i++) {
            BuiltWarOnPayaraMicro node = i % 2 == 0 ? nodeA : nodeB;
            HttpResponse<String> checked = publicUpload(browser, node, token, pdf);
            answers.add(checked.statusCode());
            boolean refused = checked.statusCode() == 429;
            assertEquals(!refused, checked.body().contains("id=\"copyResult\""), () -> node.base() + ": " + checked.body());
            assertEquals(refused, checked.headers().firstValue("Retry-After").isPresent(), checked.headers()::toString);
        }
        assertEquals(List.of(200, 200, 200, 429, 429), answers,
                "three copies an hour from one address, wherever they land: node B refuses the fourth, node A the fifth");
        assertEquals(before + PUBLIC_UPLOADS, a.get(verified, "auditor").json().getJsonNumber("total").longValue(),
                "one document.verified event per copy checked, none for the refused");
    }

    @Test
    @Order(6)
    void a_deadline_falling_due_while_both_nodes_poll_is_escalated_once_with_one_audit_event() throws Exception {
        assertTrue(nodeA.saidSoFar("Approval deadlines scheduled on node node-a"), nodeA::consoleTail);
        assertTrue(nodeB.saidSoFar("Approval deadlines scheduled on node node-b"), nodeB::consoleTail);
        String route = "cluster-deadline-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply created = a.post("api/v1/routes", "admin", """
                {"code":"%s","name":{"ru":"Срочный маршрут (кластер)","kk":"Шұғыл маршрут (кластер)"},
                 "kinds":["COOPERATION_AGREEMENT"],
                 "stages":[{"name":{"ru":"Правовое управление","kk":"Құқықтық басқарма"},"approvers":["user:approver1"],
                            "rule":"ALL","quorum":0,"deadline":"PT%dS","escalateTo":"approver2"}]}
                """.formatted(route, DEADLINE.toSeconds()));
        assertEquals(201, created.status(), created::toString);
        // One submitted through each node, which plans its deadlines; both nodes poll for them once they are due.
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < DEADLINES; i++) {
            Api api = i % 2 == 0 ? a : b;
            long id = created(api);
            long version = api.get("api/v1/agreements/" + id, "auditor").json().getJsonNumber("version").longValue();
            Api.Reply submitted = api.post("api/v1/agreements/" + id + "/submit", "drafter",
                    "{\"version\": " + version + ", \"route\": \"" + route + "\"}");
            assertEquals(200, submitted.status(), submitted::toString);
            ids.add(id);
        }

        Instant giveUp = Instant.now().plus(Duration.ofSeconds(90));
        while (!ids.stream().allMatch(TwoNodesIT::deadlineDone)) {
            assertTrue(Instant.now().isBefore(giveUp), () -> "no escalation within 90 s:\n" + nodeA.consoleTail());
            Thread.sleep(200);
        }
        // A second run, had a second node taken the same step, would have been under way: give it another poll to show.
        Thread.sleep(1_000);

        try (Connection db = postgres.connect(DATABASE)) {
            for (long id : ids) {
                Map<String, Long> actions = actionsOf(db, id);
                assertEquals(1L, actions.get("route.task-escalated"), () -> id + ": " + actions);
                // The reminder (a day ahead, so due at once) runs once, or finds the task escalated already.
                long reminded = actions.getOrDefault("route.task-reminded", 0L);
                assertTrue(reminded <= 1, () -> id + ": " + actions);
                assertEquals(List.of("approver1 ESCALATED", "approver2 ESCALATED"), strings(db, "SELECT recipient || ' '"
                        + " || kind FROM notification WHERE agreement_id = ? AND kind = 'ESCALATED' ORDER BY recipient", id));
                assertEquals(reminded, count("SELECT COUNT(*) FROM notification WHERE agreement_id = ? AND kind = 'REMINDER'",
                        id), "one reminder notification per reminder event");
                assertEquals(List.of("approver1 DELEGATED null", "approver2 PENDING approver1"), strings(db,
                        "SELECT t.assignee || ' ' || t.state || ' ' || COALESCE(t.on_behalf_of, 'null') FROM approval_task t"
                                + " JOIN approval_route r ON r.id = t.route_id WHERE r.agreement_id = ? ORDER BY t.assignee", id));
            }
        }
    }

    @Test
    @Order(7)
    void concurrent_decisions_and_signings_on_both_nodes_with_one_killed_midway_lose_and_duplicate_nothing() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < CONCURRENT_AGREEMENTS; i++) {
            long id = created(i % 2 == 0 ? a : b);
            act(i % 2 == 0 ? b : a, id, "submit", "drafter");
            ids.add(id);
        }
        AtomicInteger stepsDone = new AtomicInteger();
        List<String> duplicateAnswers = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENT_AGREEMENTS * 2);
        List<Future<?>> chains = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            int first = i;
            // The first two agreements get each step sent to both nodes at once, as a double click through a balancer.
            boolean twice = i < 2;
            chains.add(pool.submit(() -> {
                List<Step> steps = List.of(approval(id, "approver1"), approval(id, "approver2"), signing(id, "signer1"),
                        signing(id, "signer2"));
                for (int s = 0; s < steps.size(); s++) {
                    Step step = steps.get(s);
                    int side = (first + s) % 2;
                    if (twice) {
                        Future<Integer> other = pool.submit(() -> step.once(1 - side));
                        step.until(side);
                        duplicateAnswers.add(step.name() + " " + await(other));
                    } else {
                        step.until(side);
                    }
                    stepsDone.incrementAndGet();
                }
                return null;
            }));
        }
        // Kill node B with SIGKILL once about a third of the steps are done: requests in flight there die with it.
        while (stepsDone.get() < ids.size() * 4 / 3) {
            Thread.sleep(100);
        }
        bKilled = true;
        nodeB.kill();
        int stepsWhenKilled = stepsDone.get();
        for (Future<?> chain : chains) {
            chain.get(6, TimeUnit.MINUTES);
        }
        pool.shutdown();
        assertTrue(stepsWhenKilled < ids.size() * 4, "node B was killed before the work was done");

        try (Connection db = postgres.connect(DATABASE)) {
            for (long id : ids) {
                Map<String, Long> actions = actionsOf(db, id);
                assertEquals(1L, actions.get("agreement.created"), () -> id + ": " + actions);
                assertEquals(1L, actions.get("agreement.submitted"), () -> id + ": " + actions);
                assertEquals(2L, actions.get("route.decided"), () -> id + ": " + actions);
                assertEquals(1L, actions.get("agreement.approved"), () -> id + ": " + actions);
                assertEquals(2L, actions.get("agreement.signature-added"), () -> id + ": " + actions);
                assertEquals(1L, actions.get("agreement.signed"), () -> id + ": " + actions);
                assertEquals(List.of("signer1", "signer2"), strings(db,
                        "SELECT signer FROM agreement_signature WHERE agreement_id = ? ORDER BY signer", id));
                assertEquals("SIGNED", a.get("api/v1/agreements/" + id, "auditor").json().getString("status"));
                signed.add(id);
            }
            List<Long> sequences = numbers(db, "SELECT sequence FROM audit_event ORDER BY sequence");
            for (int i = 0; i < sequences.size(); i++) {
                assertEquals(i + 1L, sequences.get(i), "the audit sequence has no gap and no fork");
            }
            List<Long> serials = numbers(db, "SELECT registration_serial FROM agreement WHERE registration_kind = ?"
                    + " AND registration_year = ? ORDER BY registration_serial", "COOPERATION_AGREEMENT",
                    (long) Year.now(ZoneId.of("Asia/Omsk")).getValue());
            for (int i = 1; i < serials.size(); i++) {
                assertEquals(serials.get(i - 1) + 1, serials.get(i), () -> "registration serials without gaps: " + serials);
            }
        }
        Api.Reply chain = a.get("api/v1/audit/verification", "auditor");
        assertEquals(200, chain.status(), chain::toString);
        assertTrue(chain.json().getBoolean("intact"), chain::toString);
        for (String answer : duplicateAnswers) {
            int status = Integer.parseInt(answer.substring(answer.lastIndexOf(' ') + 1));
            assertTrue(status < 500, () -> "a duplicate request is refused, not failed: " + duplicateAnswers);
        }
        // The remaining node serves the pages and the API alone.
        assertEquals(200, a.get("api/v1/agreements?size=5", "drafter").status());
    }

    @Test
    @Order(8)
    void a_backup_restored_into_a_fresh_database_verifies_its_audit_chain_and_its_signed_pdfs() throws Exception {
        Path dump = data.resolve("backup.dump");
        run(List.of(postgres.binaries().resolve("pg_dump").toString(), "--format=custom", "--file=" + dump, DATABASE));
        String url = postgres.freshDatabase(RESTORED);
        run(List.of(postgres.binaries().resolve("pg_restore").toString(), "--no-owner", "--exit-on-error",
                "--dbname=" + RESTORED, dump.toString()));
        long eventsBackedUp;
        try (Connection db = postgres.connect(RESTORED)) {
            eventsBackedUp = numbers(db, "SELECT COUNT(*) FROM audit_event").getFirst();
        }
        Map<Long, String> signedHashes = new LinkedHashMap<>();
        for (long id : signed) {
            signedHashes.put(id, sha256(document(a, id)));
        }
        // The cluster has done its part; the restored node boots alone on a machine that may be busy.
        nodeA.close();
        nodeA = null;
        // Same keys directory: the restored chain's seals and the PDFs' signatures are checked with the same keys.
        restoredNode = BuiltWarOnPayaraMicro.start(PayaraMicroSettings.onPostgres("restored", data, url,
                PostgresServer.USER, PostgresServer.PASSWORD));
        Api restored = new Api(restoredNode.base().toURL());

        Api.Reply chain = restored.get("api/v1/audit/verification", "auditor");
        assertEquals(200, chain.status(), chain::toString);
        assertTrue(chain.json().getBoolean("intact"), chain::toString);
        assertTrue(chain.json().getJsonNumber("eventsChecked").longValue() >= eventsBackedUp, chain::toString);
        assertFalse(signed.isEmpty());
        for (long id : signed) {
            byte[] pdf = document(restored, id);
            assertEquals(signedHashes.get(id), sha256(pdf), "the restored PDF is the one signed");
            Api.Reply verified = restored.send("POST", "api/v1/verifications", "auditor", "application/pdf", pdf);
            assertEquals(200, verified.status(), verified::toString);
            assertEquals("TOTAL_PASSED", verified.json().getString("indication"), verified::toString);
        }
    }

    // ---- steps that survive a dead node ----------------------------------------------------------------------------

    /** One decision or signature: sent to a node, and known done by what the database holds. */
    private record Step(String name, Supplier<Boolean> done, Function<Api, Api.Reply> send) {

        /** Sends it once to the node given (or to A once B is dead); the status, or -1 when the node died meanwhile. */
        int once(int node) {
            return answer(node).map(Api.Reply::status).orElse(-1);
        }

        private Optional<Api.Reply> answer(int node) {
            Api api = node == 1 && !bKilled ? b : a;
            try {
                return Optional.of(send.apply(api));
            } catch (IllegalStateException connectionLost) {
                return Optional.empty();
            }
        }

        /** Sends it until the database holds it, failing over to node A as a balancer would. */
        void until(int node) {
            String last = "";
            for (int attempt = 0; attempt < 120; attempt++) {
                Optional<Api.Reply> reply = answer(attempt == 0 ? node : 0);
                int status = reply.map(Api.Reply::status).orElse(-1);
                last = reply.map(Api.Reply::toString).orElse("no answer");
                if (status / 100 == 2 || done.get()) {
                    return;
                }
                if (status >= 500) {
                    throw new AssertionError(name + " answered " + last);
                }
                pause(); // 409 (someone else's change came first, or the key is being tried elsewhere), or a dead node
            }
            throw new AssertionError(name + " was never done; the last answer: " + last);
        }
    }

    private static Step approval(long id, String approver) {
        return new Step("approve " + id + " as " + approver,
                () -> count("SELECT COUNT(*) FROM audit_event WHERE agreement_id = ? AND action = 'route.decided'"
                        + " AND actor = ?", id, approver) > 0,
                api -> {
                    long version = api.get("api/v1/agreements/" + id, "auditor").json().getJsonNumber("version").longValue();
                    return api.post("api/v1/agreements/" + id + "/approve", approver, "{\"version\": " + version + "}");
                });
    }

    private static Step signing(long id, String signer) {
        return new Step("sign " + id + " as " + signer,
                () -> count("SELECT COUNT(*) FROM agreement_signature WHERE agreement_id = ? AND signer = ?", id, signer) > 0,
                api -> api.post(signatures(id), signer, SERVER_KEY));
    }

    /** Whether the task's escalation ran and neither of its deadline steps waits in the scheduler's table any more. */
    private static boolean deadlineDone(long id) {
        return count("SELECT COUNT(*) FROM audit_event WHERE agreement_id = ? AND action = 'route.task-escalated'", id) > 0
                && count("SELECT COUNT(*) FROM scheduled_tasks WHERE task_instance IN (SELECT CAST(t.id AS VARCHAR(20))"
                        + " FROM approval_task t JOIN approval_route r ON r.id = t.route_id WHERE r.agreement_id = ?)", id) == 0;
    }

    private static int await(Future<Integer> answer) {
        try {
            return answer.get(5, TimeUnit.MINUTES);
        } catch (Exception e) {
            throw new AssertionError("the duplicate request did not end", e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- the API ---------------------------------------------------------------------------------------------------

    private static long party(Api api, String name, String signer) {
        Api.Reply party = api.post("api/v1/parties", "drafter", """
                {"organization":{"ru":"%s","kk":"%s (kk)"},"regionCode":"KZ-55",
                 "signatory":{"name":{"ru":"И. О. Фамилия","kk":"И. О. Фамилия"},"position":{"ru":"Руководитель","kk":"Басшы"}}}
                """.formatted(name, name));
        assertEquals(201, party.status(), party::toString);
        long id = party.json().getJsonNumber("id").longValue();
        Api.Reply named = api.put("api/v1/parties/" + id + "/signers", "admin", "[\"" + signer + "\"]");
        assertEquals(200, named.status(), named::toString);
        return id;
    }

    private static long created(Api api) {
        Api.Reply created = api.post("api/v1/agreements", "drafter", """
                {"kind":"COOPERATION_AGREEMENT","languages":["ru","kk"],
                 "title":{"ru":"Соглашение о сотрудничестве (два узла)","kk":"Ынтымақтастық туралы келісім (екі түйін)"},
                 "partyIds":[%d,%d],"areas":["EDUCATION"],"term":{"startsOn":null,"years":5,"autoRenewal":true}}
                """.formatted(omsk, pavlodar));
        assertEquals(201, created.status(), created::toString);
        return created.json().getJsonNumber("id").longValue();
    }

    private static void act(Api api, long id, String action, String user) {
        long version = api.get("api/v1/agreements/" + id, "auditor").json().getJsonNumber("version").longValue();
        Api.Reply reply = api.post("api/v1/agreements/" + id + "/" + action, user, "{\"version\": " + version + "}");
        assertEquals(200, reply.status(), reply::toString);
    }

    private static String signatures(long id) {
        return "api/v1/agreements/" + id + "/signatures";
    }

    private static byte[] document(Api api, long id) {
        Api.Download pdf = api.download("api/v1/agreements/" + id + "/document", "auditor", "application/pdf, application/problem+json");
        assertEquals(200, pdf.status(), pdf::toString);
        return pdf.content();
    }

    /** Opens the public page on the node and uploads the copy there, as its form does. */
    private static HttpResponse<String> publicUpload(HttpClient browser, BuiltWarOnPayaraMicro node, String token, byte[] pdf)
            throws Exception {
        String page = browser.send(HttpRequest.newBuilder(node.base().resolve("public/verify.xhtml?t=" + token)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String action = page.replaceFirst("(?s).*<form id=\"copy\"[^>]*action=\"([^\"]*)\".*", "$1").replace("&amp;", "&");
        String viewState = page.replaceFirst("(?s).*name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\".*", "$1");
        String boundary = "copy" + UUID.randomUUID();
        String field = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"%s\"\r\n\r\n%s\r\n";
        byte[] head = (field.formatted("copy", "copy") + field.formatted("copy:check", "x")
                + field.formatted("jakarta.faces.ViewState", viewState) + "--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"copy:file\"; filename=\"copy.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return browser.send(HttpRequest.newBuilder(node.base().resolve(action))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, pdf, tail))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int changePassword(BuiltWarOnPayaraMicro node, String username, String current, String next)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(node.base().resolve("api/v1/me/password"))
                .header("Authorization", basicAuthorization(username, current))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"currentPassword\":\"%s\",\"newPassword\":\"%s\"}"
                        .formatted(current, next))).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static int basic(BuiltWarOnPayaraMicro node, String username, String password) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(node.base().resolve("api/v1/agreements?size=1"))
                .header("Authorization", basicAuthorization(username, password)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String basicAuthorization(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    // ---- the database ----------------------------------------------------------------------------------------------

    private static Map<String, Long> actionsOf(Connection db, long id) throws SQLException {
        Map<String, Long> actions = new LinkedHashMap<>();
        try (PreparedStatement select = db.prepareStatement(
                "SELECT action, COUNT(*) FROM audit_event WHERE agreement_id = ? GROUP BY action")) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    actions.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return actions;
    }

    private static long count(String sql, Object... parameters) {
        try (Connection db = postgres.connect(DATABASE)) {
            return numbers(db, sql, parameters).getFirst();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static List<Long> numbers(Connection db, String sql, Object... parameters) throws SQLException {
        List<Long> numbers = new ArrayList<>();
        try (PreparedStatement select = prepared(db, sql, parameters); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                numbers.add(rows.getLong(1));
            }
        }
        return numbers;
    }

    private static List<String> strings(Connection db, String sql, Object... parameters) throws SQLException {
        List<String> strings = new ArrayList<>();
        try (PreparedStatement select = prepared(db, sql, parameters); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                strings.add(rows.getString(1));
            }
        }
        return strings;
    }

    private static PreparedStatement prepared(Connection db, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = db.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }

    // ---- files and programs ----------------------------------------------------------------------------------------

    private static void run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        for (String variable : postgres.environment()) {
            int equals = variable.indexOf('=');
            builder.environment().put(variable.substring(0, equals), variable.substring(equals + 1));
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), () -> command + " did not end");
        assertEquals(0, process.exitValue(), () -> command + ":\n" + output);
    }

    private static String sha256(byte[] content) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
