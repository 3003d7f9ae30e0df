package org.pactum.web.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pactum.web.support.Api;
import org.pactum.web.support.Loopback;
import org.pactum.web.support.SharedApiServer;

/**
 * Defects 5 and 6 of the hardening issue against the built WAR: numbers JSON-B bent, text after the JSON, parameters of
 * the wrong type answered as "nothing here"; and a seeded fuzz test over every endpoint that reads JSON, on data of its
 * own (an agreement, a party, a region, a route … made for it), that no answer is a 5xx and every refusal is a problem.
 */
@ExtendWith(SharedApiServer.class)
class StrictInputIT {

    /** Replays the same bodies; change it to explore, and note a failing one here. */
    private static final long SEED = 13;
    private static final int CASES_PER_ENDPOINT = Integer.getInteger("pactum.fuzz.cases", 85);
    /** A body the preview accepts is drawn as a PDF, which takes a hundred times longer than a refusal. */
    private static final int PREVIEW_CASES = 20;

    URL base;

    Api api;

    @BeforeEach
    void connect(URL base) {
        this.base = base;
        api = new Api(base);
    }

    // ---- defect 5: numbers that do not fit, text after the JSON ---------------------------------------------------

    @Test
    void a_party_id_beyond_any_long_is_refused_not_read_as_party_1() {
        Api.Reply refused = api.post("api/v1/agreements", "drafter",
                agreement().replace("\"partyIds\":[", "\"partyIds\":[18446744073709551617,"));
        assertFields(refused, 422, "invalid-input", "partyIds[0]");
        assertEquals("out-of-range", refused.json().getJsonArray("errors").getJsonObject(0).getString("rule"));
    }

    @Test
    void a_fraction_of_years_is_refused_not_cut_to_whole_years() {
        assertFields(api.post("api/v1/agreements", "drafter", agreement().replace("\"years\":5", "\"years\":5.9")),
                422, "invalid-input", "term.years");
    }

    @Test
    void text_after_the_json_object_is_refused() {
        Api.Reply refused = api.post("api/v1/agreements", "drafter", agreement().strip() + "xyz");
        assertFields(refused, 400, "malformed-request", "body");
        assertFields(api.post("api/v1/agreements", "drafter", agreement().strip() + "{}"), 400, "malformed-request", "body");
    }

    @Test
    void a_member_named_twice_is_refused_naming_it() {
        Api.Reply refused = api.post("api/v1/agreements", "drafter",
                agreement().replace("\"title\":{", "\"title\":{\"ru\":\"Первое\","));
        assertFields(refused, 400, "malformed-request", "title.ru");
        assertEquals("repeated", refused.json().getJsonArray("errors").getJsonObject(0).getString("rule"));
    }

    @Test
    void a_text_for_a_number_is_refused_naming_the_field() {
        assertFields(api.post("api/v1/agreements", "drafter", agreement().replace("\"years\":5", "\"years\":\"5\"")),
                400, "malformed-request", "term.years");
    }

    @Test
    void a_page_beyond_the_last_addressable_one_is_refused_naming_page() {
        assertFields(api.get("api/v1/agreements?page=2147483647", "drafter"), 422, "invalid-input", "page");
        assertFields(api.get("api/v1/audit/events?page=2147483647", "auditor"), 422, "invalid-input", "page");
    }

    // ---- defect 6: parameters of the wrong type ---------------------------------------------------------------------

    @Test
    void query_parameters_of_the_wrong_type_are_refused_naming_them() {
        assertFields(api.get("api/v1/agreements?size=abc", "drafter"), 422, "invalid-input", "size");
        assertFields(api.get("api/v1/agreements?page=1.5", "drafter"), 422, "invalid-input", "page");
        assertFields(api.get("api/v1/agreements?party=abc", "drafter"), 422, "invalid-input", "party");
        assertFields(api.get("api/v1/audit/events?agreement=abc", "auditor"), 422, "invalid-input", "agreement");
        assertFields(api.get("api/v1/notifications?unread=maybe", "approver1"), 422, "invalid-input", "unread");
        long id = created();
        assertFields(api.get("api/v1/agreements/" + id + "/changes?from=abc", "drafter"), 422, "invalid-input", "from");
        assertEquals(200, api.get("api/v1/agreements?party=&size=5", "drafter").status(), "an empty value is no filter");
    }

    @Test
    void a_text_parameter_holding_u0000_is_refused_naming_it_on_either_database() {
        assertFields(api.get("api/v1/agreements?q=%00", "drafter"), 422, "invalid-input", "q");
        assertFields(api.get("api/v1/agreements?q=Omsk%00", "drafter"), 422, "invalid-input", "q");
        assertFields(api.get("api/v1/audit/events?actor=%00admin", "auditor"), 422, "invalid-input", "actor");
        assertFields(api.get("api/v1/parties?q=%00", "drafter"), 422, "invalid-input", "q");
        assertEquals(200, api.get("api/v1/agreements?q=Omsk", "drafter").status());
    }

    @Test
    void a_malformed_id_in_the_path_is_refused_naming_it_and_a_well_formed_unknown_one_is_not_found() {
        assertFields(api.get("api/v1/agreements/%20", "drafter"), 422, "invalid-input", "id");
        assertFields(api.get("api/v1/agreements/abc", "drafter"), 422, "invalid-input", "id");
        Api.Reply tooLarge = api.get("api/v1/agreements/99999999999999999999", "drafter");
        assertFields(tooLarge, 422, "invalid-input", "id");
        assertEquals("out-of-range", tooLarge.json().getJsonArray("errors").getJsonObject(0).getString("rule"));
        assertFields(api.get("api/v1/agreements/" + created() + "/revisions/first", "drafter"), 422, "invalid-input", "number");
        Api.Reply unknown = api.get("api/v1/agreements/987654321", "drafter");
        assertEquals(404, unknown.status(), unknown::toString);
        assertEquals(404, api.get("api/v1/agreements/-1", "drafter").status());
    }

    // ---- the fuzz test ---------------------------------------------------------------------------------------------

    /** One endpoint that reads JSON, with a body it accepts (or refuses only for the state of its data). */
    private record Target(String method, String path, String user, String accept, String validBody) {
    }

    @Test
    void mutated_bodies_on_every_json_endpoint_get_no_5xx_and_every_refusal_is_a_problem() throws Exception {
        List<Target> targets = targets();
        JsonMutations mutations = new JsonMutations(SEED);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        URI root = Loopback.of(base);
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        int sent = 0;
        long started = System.nanoTime();
        for (Target target : targets) {
            long targetStarted = System.nanoTime();
            int cases = target.path().endsWith("/preview") ? PREVIEW_CASES : CASES_PER_ENDPOINT;
            for (int i = 0; i < cases; i++) {
                byte[] body = mutations.mutate(target.validBody());
                HttpRequest request = HttpRequest.newBuilder(root.resolve(target.path()))
                        .timeout(Duration.ofSeconds(30))
                        .header("Authorization", basic(target.user()))
                        .header("Accept", target.accept())
                        .header("Content-Type", "application/json")
                        .method(target.method(), HttpRequest.BodyPublishers.ofByteArray(body))
                        .build();
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                sent++;
                statuses.merge(response.statusCode(), 1, Integer::sum);
                String fault = fault(response);
                if (fault != null && failures.size() < 15) {
                    failures.add(target.method() + " " + target.path() + " case " + i + ": " + fault + "\n    sent: "
                            + shortened(new String(body, StandardCharsets.UTF_8)));
                }
            }
            System.out.printf("fuzz: %d cases of %s %s in %d ms%n", cases, target.method(), target.path(),
                    Duration.ofNanos(System.nanoTime() - targetStarted).toMillis());
        }
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        System.out.println("fuzz: " + sent + " cases in " + seconds + " s, answers by status: " + statuses);
        assertTrue(failures.isEmpty(), sent + " cases in " + seconds + " s, faults:\n" + String.join("\n", failures));
        assertTrue(sent >= 2_000, "cases sent: " + sent);
        assertTrue(statuses.keySet().containsAll(List.of(400, 422)) && statuses.keySet().stream().anyMatch(s -> s < 300),
                "the bodies should be refused as unreadable, as invalid, and sometimes accepted: " + statuses);
    }

    /** Null when the answer is a success, or a refusal as a problem document of its own status. */
    private static String fault(HttpResponse<String> response) {
        int status = response.statusCode();
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (status >= 500) {
            return status + " " + shortened(response.body());
        }
        if (status < 400) {
            return null;
        }
        if (!type.startsWith("application/problem+json")) {
            return status + " as " + type + ": " + shortened(response.body());
        }
        try {
            JsonObject problem = Json.createReader(new StringReader(response.body())).readObject();
            if (problem.getInt("status") != status || !problem.getString("type").startsWith("urn:pactum:problem:")) {
                return status + " with a problem that says otherwise: " + shortened(response.body());
            }
        } catch (RuntimeException notAProblem) {
            return status + " with a body that is no problem: " + shortened(response.body());
        }
        return null;
    }

    private List<Target> targets() {
        String json = "application/json, application/problem+json";
        long agreement = created();
        JsonObject read = api.get("api/v1/agreements/" + agreement, "drafter").json();
        String clause = read.getJsonObject("wording").getJsonArray("clauses").getJsonObject(0).getString("key");
        long version = read.getJsonNumber("version").longValue();
        String a = "api/v1/agreements/" + agreement;

        Api.Reply thread = api.post(a + "/comments", "drafter",
                "{\"clauseKey\":\"" + clause + "\",\"revision\":1,\"text\":\"Уточнить срок\"}");
        assertEquals(201, thread.status(), thread::toString);
        long threadId = thread.json().getJsonNumber("id").longValue();

        String party = """
                {"organization":{"ru":"Администрация для проверки","kk":"Тексеруге арналған әкімшілік"},"regionCode":"RU-OMS",
                 "signatory":{"name":{"ru":"И. Иванов","kk":"И. Иванов"},"position":{"ru":"Глава","kk":"Басшы"}}}""";
        Api.Reply addedParty = api.post("api/v1/parties", "admin", party);
        assertEquals(201, addedParty.status(), addedParty::toString);
        long partyId = addedParty.json().getJsonNumber("id").longValue();

        String region = "{\"code\":\"KZ-79\",\"name\":{\"ru\":\"Область для проверки\",\"kk\":\"Тексеру облысы\"}}";
        assertEquals(201, api.post("api/v1/regions", "admin", region).status());

        String group = "{\"name\":{\"ru\":\"Группа проверки\",\"kk\":\"Тексеру тобы\"},\"members\":[\"approver1\"]}";
        assertEquals(200, api.put("api/v1/approver-groups/fuzz", "admin", group).status());
        String route = """
                {"code":"fuzz","name":{"ru":"Маршрут проверки","kk":"Тексеру маршруты"},"resubmission":"RESTART",
                 "openThreadsBlock":false,"kinds":["COOPERATION_AGREEMENT"],"defaultFor":[],
                 "stages":[{"name":{"ru":"Согласующие","kk":"Келісушілер"},"approvers":["group:fuzz","user:approver2"],
                            "rule":"QUORUM","quorum":1,"deadline":"P3D","escalateTo":"approver2"}]}""";
        Api.Reply addedRoute = api.post("api/v1/routes", "admin", route);
        assertEquals(201, addedRoute.status(), addedRoute::toString);

        String template = """
                {"id":"fuzz-template","kind":"MEMORANDUM_OF_COOPERATION","languages":["ru"],
                 "wording":{"kindName":{"ru":"Меморандум"},"placeAndDate":{"ru":"г. Омск"},"preamble":{"ru":"Стороны"},
                            "clauses":[{"heading":{"ru":"Предмет"},"text":{"ru":"Стороны сотрудничают."}}],
                            "equallyAuthentic":{"ru":"Один экземпляр."}},"version":1}""";
        String library = """
                {"languages":["ru","kk"],"version":999,"clauses":[{"key":"fuzz","heading":{"ru":"Статья","kk":"Бап"},
                 "text":{"ru":"Текст статьи.","kk":"Бап мәтіні."}}]}""";
        String action = "{\"reason\":\"Проверка\",\"version\":999999,\"route\":\"fuzz\"}";
        String withVersion = agreement().strip().replaceFirst("}$", ",\"version\":" + version + "}");

        return List.of(
                new Target("POST", "api/v1/agreements", "drafter", json, agreement()),
                new Target("PUT", a, "drafter", json, withVersion),
                new Target("POST", a + "/preview", "drafter", "application/pdf, application/problem+json", withVersion),
                new Target("POST", a + "/submit", "drafter", json, action),
                new Target("POST", a + "/withdraw", "drafter", json, action),
                new Target("POST", a + "/approve", "approver1", json, action),
                new Target("POST", a + "/decisions", "approver1", json,
                        "{\"decision\":\"APPROVE\",\"remark\":\"Согласовано\",\"revision\":1}"),
                new Target("POST", a + "/comments", "drafter", json,
                        "{\"clauseKey\":\"" + clause + "\",\"revision\":1,\"text\":\"Комментарий\"}"),
                new Target("POST", a + "/comments/" + threadId + "/replies", "approver1", json,
                        "{\"text\":\"Ответ\"}"),
                new Target("POST", a + "/comments/" + threadId + "/resolve", "drafter", json, "{\"version\":999999}"),
                new Target("POST", a + "/signatures", "signer1", json,
                        "{\"keySource\":\"SERVER\",\"pin\":\"1234\",\"stamp\":true}"),
                new Target("POST", a + "/signatures/preparations", "signer1", json,
                        "{\"certificate\":\"-----BEGIN CERTIFICATE-----\\nMIIB\\n-----END CERTIFICATE-----\",\"stamp\":false}"),
                new Target("POST", a + "/signatures/preparations/none/completion", "signer1", json,
                        "{\"signature\":\"" + Base64.getEncoder().encodeToString(new byte[64]) + "\"}"),
                new Target("POST", "api/v1/tasks/999999/delegation", "approver1", json,
                        "{\"to\":\"approver2\",\"remark\":\"Командировка\"}"),
                new Target("POST", "api/v1/parties", "admin", json, party),
                new Target("PUT", "api/v1/parties/" + partyId, "admin", json,
                        party.strip().replaceFirst("}$", ",\"version\":1}")),
                new Target("PUT", "api/v1/parties/" + partyId + "/signers", "admin", json, "[\"signer1\",\"signer2\"]"),
                new Target("POST", "api/v1/regions", "admin", json, region),
                new Target("PUT", "api/v1/regions/KZ-79", "admin", json, region.replaceFirst("}$", ",\"version\":1}")),
                new Target("PUT", "api/v1/approver-groups/fuzz", "admin", json, group),
                new Target("POST", "api/v1/routes", "admin", json, route),
                new Target("PUT", "api/v1/routes/fuzz", "admin", json, route.strip().replaceFirst("}$", ",\"version\":1}")),
                new Target("POST", "api/v1/templates", "admin", json, template),
                new Target("PUT", "api/v1/clause-library", "admin", json, library),
                new Target("POST", "api/v1/absences", "approver1", json,
                        "{\"deputy\":\"approver2\",\"firstDay\":\"2031-01-01\",\"lastDay\":\"2031-01-02\"}"),
                new Target("PUT", "api/v1/me/profile", "signer1", json,
                        "{\"email\":\"signer1@pactum.example\",\"language\":\"ru\"}"));
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    private String agreement() {
        return """
                {"kind":"COOPERATION_AGREEMENT","languages":["ru","kk"],
                 "title":{"ru":"Соглашение для проверки ввода","kk":"Енгізуді тексеру келісімі"},
                 "partyIds":[%d,%d],"areas":["EDUCATION","CULTURE"],
                 "term":{"startsOn":null,"years":5,"autoRenewal":true}}
                """.formatted(partyId(0), partyId(1));
    }

    private long created() {
        Api.Reply created = api.post("api/v1/agreements", "drafter", agreement());
        assertEquals(201, created.status(), created::toString);
        return created.json().getJsonNumber("id").longValue();
    }

    private long partyId(int index) {
        return api.get("api/v1/parties?q=" + URLEncoder.encode("области", StandardCharsets.UTF_8), "drafter").array()
                .getJsonObject(index).getJsonNumber("id").longValue();
    }

    private static void assertFields(Api.Reply reply, int status, String slug, String... fields) {
        assertEquals(status, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply::toString);
        JsonObject problem = reply.json();
        assertEquals("urn:pactum:problem:" + slug, problem.getString("type"), reply::toString);
        Set<String> named = problem.getJsonArray("errors").stream().map(JsonValue::asJsonObject)
                .map(error -> error.getString("field")).collect(Collectors.toSet());
        assertEquals(Set.of(fields), named, reply::toString);
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static String shortened(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "… (" + text.length() + " characters)";
    }
}
