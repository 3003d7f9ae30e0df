package org.pactum.web.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pactum.web.support.Api;
import org.pactum.web.support.DemoSigners;
import org.pactum.web.support.PdfText;
import org.pactum.web.support.Pdfsig;
import org.pactum.web.support.SharedApiServer;

/**
 * The audit trail through the REST API, as an outside auditor meets it: every recorded action is exactly one event,
 * refused actions leave no agreement event, sign-in locks (not each wrong password) and denials are recorded, the
 * chain is gap-free and linked, verification reports it intact and is itself recorded, the filters work, and every
 * hash can be recomputed from the exported fields alone with an RFC 8785 canonicalisation written here, independently
 * of the product's.
 * <p>
 * The tests share one server and its one chain, with the other classes of SharedApiServer, and run in any order:
 * each makes the agreements and events it asserts on, and assertions about the whole chain or a count are made
 * relative to what was there when it began.
 */
@ExtendWith(SharedApiServer.class)
class AuditApiIT {

    private static final String ZERO_HASH = "0".repeat(64);
    private static final String HEX_64 = "[0-9a-f]{64}";
    private static final Path CERTIFICATES = Path.of("target", "certificates");

    /** The fields of an event that are hashed, as docs/audit.md lists them: every exported field but {@code hash}. */
    private static final List<String> HASHED_FIELDS = List.of("sequence", "occurredAt", "actor", "actorRoles", "action",
            "agreementId", "agreementVersion", "contentHash", "details", "clientAddress", "previousHash");

    URL base;

    Api api;

    @BeforeEach
    void connect(URL base) {
        this.base = base;
        api = new Api(base);
    }

    // ---- one event per recorded action ------------------------------------------------------------------------------

    @Test
    void every_recorded_action_of_an_agreement_becomes_exactly_one_event() {
        JsonObject agreement = create("Соглашение для аудита", "Аудитке арналған келісім");
        long id = id(agreement);
        String path = "api/v1/agreements/" + id;

        List<JsonObject> events = agreementEvents(id);
        assertEquals(1, events.size(), "creation: " + events);
        JsonObject created = events.getFirst();
        assertEvent(created, id, "agreement.created", "drafter", "DRAFTER", agreement);
        assertEquals(1L, version(agreement));
        JsonObject createdDetails = details(created);
        assertEquals(agreement.getString("number"), createdDetails.getString("number"));
        assertEquals("COOPERATION_AGREEMENT", createdDetails.getString("kind"));
        assertEquals("DRAFT", createdDetails.getString("from"));
        assertEquals("DRAFT", createdDetails.getString("to"));
        assertFalse(createdDetails.containsKey("reason"), createdDetails::toString);

        Api.Reply edit = api.put(path, "drafter", withVersion(newAgreement("Соглашение для аудита (ред. 2)", "Аудит келісімі (2)"),
                version(agreement)));
        assertEquals(200, edit.status(), edit::toString);
        agreement = edit.json();
        JsonObject edited = oneMoreEvent(id, events, "agreement.edited", "drafter", "DRAFTER", agreement);
        assertEquals(2L, version(agreement));
        assertNotEquals(created.getString("contentHash"), edited.getString("contentHash"), "the title changed, so must the content hash");
        assertEquals("DRAFT", details(edited).getString("from"));
        assertEquals("DRAFT", details(edited).getString("to"));
        String contentHash = edited.getString("contentHash");
        events = agreementEvents(id);

        agreement = lifecycleStep(path, id, events, agreement, "submit", "drafter", "DRAFTER", null, "agreement.submitted", contentHash);
        assertEquals("IN_APPROVAL", agreement.getString("status"));
        events = agreementEvents(id);

        // Refused while IN_APPROVAL: none of these may leave an agreement event.
        assertRefused(act(path, "return", "approver1", agreement, null), 422, "invalid-input");
        assertStatus(act(path, "approve", "drafter", agreement, null), 403); // the problem type is ApiIT's concern
        assertRefused(act(path, "approve", "approver1", agreement, null, version(agreement) - 1), 409, "stale-version");
        assertRefused(api.put(path, "drafter", withVersion(newAgreement("Правка", "Түзету"), version(agreement))), 409, "not-editable");
        assertEquals(events, agreementEvents(id), "refused actions must not add or change agreement events");
        // A refused signature is different: every attempt to sign is audited, refused or not.
        assertRefused(api.post(path + "/signatures", "signer1", "{\"keySource\":\"server\",\"pin\":\"demo\"}"), 409,
                "not-signable");
        List<JsonObject> withRefusal = agreementEvents(id);
        assertEquals(events.size() + 1, withRefusal.size(), withRefusal::toString);
        assertEquals("agreement.signing-refused", withRefusal.getLast().getString("action"));
        assertEquals("not-signable", details(withRefusal.getLast()).getString("problem"));
        events = withRefusal;

        // A reason with a quote, a line break and a backslash, so that recomputing the hash exercises string escaping (a
        // tab, which the PDF would drop, is refused in every text now).
        String reason = "Уточнить сроки: \"пункт 3\"\nи стороны \\ приложение";
        agreement = lifecycleStep(path, id, events, agreement, "return", "approver1", "APPROVER", reason, "agreement.returned", contentHash);
        assertEquals("RETURNED", agreement.getString("status"));
        events = agreementEvents(id);
        assertEquals(reason, details(events.getLast()).getString("reason"));

        agreement = lifecycleStep(path, id, events, agreement, "rework", "drafter", "DRAFTER", null, "agreement.reworked", contentHash);
        events = agreementEvents(id);
        agreement = lifecycleStep(path, id, events, agreement, "submit", "drafter", "DRAFTER", null, "agreement.submitted", contentHash);
        events = agreementEvents(id);
        // The legal department's approval passes the first stage of the route: a route event, no lifecycle step.
        agreement = act(path, "approve", "approver1", agreement, null).json();
        assertEquals("IN_APPROVAL", agreement.getString("status"));
        assertEquals(events, agreementEvents(id));
        agreement = lifecycleStep(path, id, events, agreement, "approve", "approver2", "APPROVER", null, "agreement.approved", contentHash);
        assertEquals("APPROVED", agreement.getString("status"));
        events = agreementEvents(id);
        agreement = DemoSigners.signByEveryParty(api, id);
        assertEquals("SIGNED", agreement.getString("status"));

        events = agreementEvents(id);
        assertEquals(List.of("agreement.created", "agreement.edited", "agreement.submitted", "agreement.signing-refused",
                "agreement.returned", "agreement.reworked", "agreement.submitted", "agreement.approved",
                "agreement.signature-added", "agreement.signing-started", "agreement.signature-added", "agreement.signed"),
                events.stream().map(e -> e.getString("action")).toList());
        assertEquals(List.of("route.started", "route.decided", "route.resubmitted", "route.decided", "route.decided"),
                agreementAndRouteEvents(id).stream().map(e -> e.getString("action")).filter(a -> a.startsWith("route."))
                        .toList(), "the route's own steps, between the agreement's");
        events = events.stream().filter(e -> !e.getString("action").equals("agreement.signing-refused")).toList();
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 7L, 8L, 8L, 9L),
                events.stream().map(e -> e.getJsonNumber("agreementVersion").longValue()).toList(),
                "each event carries the version the agreement has after its change; a signature, the version it signed");
        for (JsonObject event : events.subList(7, 11)) { // the two signatures and the statuses they brought
            assertEquals(contentHash, event.getString("contentHash"), "signing names the approved content: " + event);
        }
        JsonObject firstSignature = details(events.get(7));
        assertEquals(1, firstSignature.getInt("position"), firstSignature::toString);
        assertEquals("SERVER", firstSignature.getString("keyOrigin"));
        assertTrue(firstSignature.getString("documentSha256").matches("[0-9a-f]{64}"), firstSignature::toString);

        List<JsonObject> beforeWithdrawal = agreementEvents(id);
        assertRefused(act(path, "withdraw", "drafter", agreement, "слишком поздно"), 409, "illegal-transition");
        assertEquals(beforeWithdrawal, agreementEvents(id), "a refused withdrawal must not add an event");
    }

    @Test
    void refused_actions_leave_no_agreement_event_and_a_denial_is_recorded_once() {
        JsonObject agreement = create("Меморандум для отказов", "Бас тартуларға арналған меморандум");
        long id = id(agreement);
        String path = "api/v1/agreements/" + id;
        List<JsonObject> events = agreementEvents(id);
        assertEquals(1, events.size());

        assertRefused(act(path, "approve", "approver1", agreement, null), 409, "illegal-transition");
        assertRefused(act(path, "withdraw", "drafter", agreement, null), 422, "invalid-input");
        assertRefused(act(path, "submit", "drafter", agreement, null, version(agreement) + 5), 409, "stale-version");
        assertRefused(api.post(path + "/submit", "drafter", "{}"), 422, "invalid-input");
        assertEquals(events, agreementEvents(id), "409 and 422 must not add agreement events");

        String deniedAs = "signer1";
        String denials = "api/v1/audit/events?action=user.access-denied&actor=" + deniedAs;
        long deniedBefore = total(denials);
        Api.Reply denied = act(path, "submit", deniedAs, agreement, null);
        assertStatus(denied, 403);
        assertEquals(events, agreementEvents(id), "a 403 must not add an agreement event");
        List<JsonObject> denialEvents = allEvents(denials);
        assertEquals(deniedBefore + 1, denialEvents.size(), "exactly one access-denied event per 403; the 403 was " + denied);
        JsonObject denial = denialEvents.getLast();
        assertEquals("user.access-denied", denial.getString("action"));
        assertEquals(deniedAs, denial.getString("actor"));
        assertTrue(roles(denial).contains("SIGNER"), denial::toString);
        assertTrue(isNull(denial, "agreementId"), "a denial names no agreement: " + denial);
        JsonObject details = details(denial);
        assertEquals("POST", details.getString("method"));
        assertTrue(details.getString("resource").contains("agreements/" + id + "/submit"), details::toString);
        assertEquals("DRAFT", api.get(path, "drafter").json().getString("status"));
    }

    // ---- sign-ins -----------------------------------------------------------------------------------------------------

    @Test
    void wrong_passwords_are_counted_not_recorded_one_by_one_and_the_lock_they_lead_to_is_recorded_once() {
        String claimed = "mallory-" + System.nanoTime();
        long failuresBefore = total("api/v1/audit/events?action=user.sign-in-failed");
        for (int i = 1; i <= 7; i++) {
            Api.Reply refused = api.call("GET", "api/v1/me", null, null, "Authorization", basic(claimed, "not-the-password"));
            assertEquals(i < 5 ? 401 : 429, refused.status(), () -> "attempt " + refused);
        }
        assertEquals(failuresBefore, total("api/v1/audit/events?action=user.sign-in-failed"),
                "a wrong password is not an event of its own: anyone could add them without end");
        List<JsonObject> locks = allEvents("api/v1/audit/events?action=user.sign-in-locked&actor=" + encode(claimed));
        assertEquals(1, locks.size(), () -> "one lock, however many attempts it refused: " + locks);
        JsonObject lock = locks.getFirst();
        assertEquals(claimed, lock.getString("actor"), "the username claimed, whether or not it exists");
        assertEquals("", lock.getString("actorRoles"), "nobody is signed in after a failure");
        assertTrue(isNull(lock, "agreementId"), lock::toString);
        JsonObject details = details(lock);
        assertEquals("API", details.getString("channel"));
        assertEquals("ACCOUNT", details.getString("scope"));
        assertEquals(5, details.getInt("failures"), "the wrong passwords that led to it");
        assertEquals(60, details.getInt("lockedSeconds"));

        long allLocks = total("api/v1/audit/events?action=user.sign-in-locked");
        Api.Reply anonymous = api.get("api/v1/me", null);
        assertEquals(401, anonymous.status(), anonymous::toString);
        assertEquals(allLocks, total("api/v1/audit/events?action=user.sign-in-locked"),
                "a request without credentials claims no username and is no attempt");
    }

    // ---- filters ------------------------------------------------------------------------------------------------------

    @Test
    void events_are_filtered_by_agreement_actor_action_and_time() {
        JsonObject agreement = create("Протокол для фильтров", "Сүзгілерге арналған хаттама");
        long id = id(agreement);
        String path = "api/v1/agreements/" + id;
        Api.Reply edit = api.put(path, "drafter", withVersion(newAgreement("Протокол для фильтров (2)", "Хаттама (2)"), version(agreement)));
        assertEquals(200, edit.status(), edit::toString);
        Api.Reply submit = act(path, "submit", "drafter", edit.json(), null);
        assertEquals(200, submit.status(), submit::toString);

        List<JsonObject> mine = allEvents("api/v1/audit/events?agreement=" + id);
        assertEquals(List.of("agreement.created", "agreement.edited", "agreement.submitted", "route.started"),
                mine.stream().map(e -> e.getString("action")).toList());
        mine.forEach(e -> assertEquals(id, e.getJsonNumber("agreementId").longValue()));
        assertEquals(mine, agreementAndRouteEvents(id), "the agreement's history is the same events as the agreement filter");

        List<JsonObject> byDrafter = allEvents("api/v1/audit/events?actor=drafter");
        assertFalse(byDrafter.isEmpty());
        byDrafter.forEach(e -> assertEquals("drafter", e.getString("actor")));
        assertEquals(4, total("api/v1/audit/events?agreement=" + id + "&actor=drafter"));
        assertEquals(0, total("api/v1/audit/events?agreement=" + id + "&actor=approver1"));

        List<JsonObject> edits = allEvents("api/v1/audit/events?action=agreement.edited");
        assertFalse(edits.isEmpty());
        edits.forEach(e -> assertEquals("agreement.edited", e.getString("action")));
        assertEquals(List.of(mine.get(1)), allEvents("api/v1/audit/events?agreement=" + id + "&action=agreement.edited"));
        assertEquals(0, total("api/v1/audit/events?agreement=" + id + "&action=agreement.signed"));

        String first = mine.get(0).getString("occurredAt");
        String second = mine.get(1).getString("occurredAt");
        String third = mine.get(2).getString("occurredAt");
        String byAgreement = "api/v1/audit/events?agreement=" + id;
        assertEquals(mine.subList(1, 4), allEvents(byAgreement + "&from=" + encode(second)), "from is inclusive");
        assertEquals(mine.subList(0, 1), allEvents(byAgreement + "&to=" + encode(second)), "to is exclusive");
        assertEquals(mine.subList(1, 2), allEvents(byAgreement + "&from=" + encode(second) + "&to=" + encode(third)));
        assertEquals(mine, allEvents(byAgreement + "&from=" + encode(first) + "&to=" + encode("2999-01-01T00:00:00Z")));
        List<JsonObject> sinceSecond = allEvents("api/v1/audit/events?from=" + encode(second));
        assertTrue(sinceSecond.containsAll(mine.subList(1, 3)) && !sinceSecond.contains(mine.getFirst()), "time filter alone");

        assertFieldRefused(api.get("api/v1/audit/events?from=yesterday", "auditor"), "from");
        assertFieldRefused(api.get("api/v1/audit/events?to=" + encode("2026-13-01T00:00:00Z"), "auditor"), "to");
        assertFieldRefused(api.get("api/v1/audit/events?from=" + encode(third) + "&to=" + encode(second), "auditor"), "to");
        assertFieldRefused(api.get("api/v1/audit/events?size=501", "auditor"), "size");
        assertFieldRefused(api.get("api/v1/audit/events?page=2147483647", "auditor"), "page");
        assertStatus(api.get("api/v1/audit/events", "drafter"), 403);
        assertStatus(api.get("api/v1/agreements/" + id + "/audit", "approver1"), 403);
        assertRefused(api.get("api/v1/agreements/987654321/audit", "auditor"), 404, "not-found");
    }

    @Test
    void newest_first_on_request_unknown_actions_and_orders_refused_and_every_matching_event_exported_as_csv_or_json() {
        JsonObject agreement = create("Протокол для выгрузки", "Жүктеуге арналған хаттама");
        long id = id(agreement);
        Api.Reply submit = act("api/v1/agreements/" + id, "submit", "drafter", agreement, null);
        assertEquals(200, submit.status(), submit::toString);
        String byAgreement = "api/v1/audit/events?agreement=" + id;
        List<JsonObject> oldestFirst = allEvents(byAgreement);
        List<JsonObject> newestFirst = allEvents(byAgreement + "&order=newest");
        assertEquals(oldestFirst.reversed(), newestFirst, "the same events, the latest first");
        assertEquals(oldestFirst, allEvents(byAgreement + "&order=oldest"));

        assertFieldRefused(api.get("api/v1/audit/events?action=agreement.approve", "auditor"), "action");
        assertFieldRefused(api.get("api/v1/audit/events?order=latest", "auditor"), "order");
        assertFieldRefused(api.get("api/v1/audit/events?agreement=PA-1", "auditor"), "agreement");
        assertFieldRefused(api.get("api/v1/audit/events/export?format=xlsx", "auditor"), "format");
        assertFieldRefused(api.get("api/v1/audit/events/export?lang=de", "auditor"), "lang");

        // Every matching event, not one page: the CSV has a row per event whatever the page size of the list.
        Api.Download csv = api.download(byAgreement.replace("events?", "events/export?format=csv&lang=kk&order=newest&"),
                "auditor", "text/csv");
        assertEquals(200, csv.status(), csv::toString);
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        assertTrue(csv.contentDisposition().startsWith("attachment; filename=\""), csv.contentDisposition());
        assertTrue(csv.contentDisposition().contains(URLEncoder.encode("аудит журналы", StandardCharsets.UTF_8).replace("+", "%20")),
                csv.contentDisposition());
        assertTrue(csv.cacheControl().contains("no-store"));
        assertEquals(0xEF, csv.content()[0] & 0xff, "a byte order mark, so Excel reads Cyrillic");
        String[] lines = new String(csv.content(), StandardCharsets.UTF_8).substring(1).split("\r\n");
        assertTrue(lines[0].startsWith("\"№\",\"Қашан ("), "the header in Kazakh: " + lines[0]);
        assertEquals(oldestFirst.size() + 1, lines.length, "a header and one line per event");
        assertTrue(lines[1].startsWith("\"" + newestFirst.getFirst().getJsonNumber("sequence") + "\","), lines[1]);
        assertTrue(lines[lines.length - 1].contains("Мәртебесі: жоба."), "details as sentences: " + lines[lines.length - 1]);

        Api.Download json = api.download(byAgreement.replace("events?", "events/export?format=json&"), "auditor",
                "application/json");
        assertEquals(200, json.status(), json::toString);
        assertEquals(oldestFirst, Json.createReader(new StringReader(new String(json.content(), StandardCharsets.UTF_8)))
                .readArray().getValuesAs(JsonObject.class), "the events exactly as the API lists them");

        assertEquals(403, api.download("api/v1/audit/events/export", "drafter", "text/csv").status(),
                "an export is the trail: auditors and administrators only");
        assertEquals(200, api.download("api/v1/audit/events/export?format=json&action=agreement.created&agreement=" + id,
                "admin", "application/json").status());
    }

    // ---- certificates of completion ------------------------------------------------------------------------------------

    @Test
    void each_certificate_of_a_signed_agreement_issued_through_the_api_is_recorded_with_its_issuer_and_the_hash_of_the_bytes_sent() {
        long id = signedSisterCityAgreement();
        long mark = lastSequence();
        String certificate = "api/v1/agreements/" + id + "/completion-certificate";
        Api.Download json = api.download(certificate + "?format=json", "approver1", "application/json");
        assertEquals(200, json.status(), json::toString);
        Api.Download pdf = api.download(certificate + "?lang=kk", "auditor", "application/pdf");
        assertEquals(200, pdf.status(), pdf::toString);
        assertTrue(pdf.contentType().startsWith("application/pdf"), pdf::toString);
        assertTrue(pdf.contentDisposition().startsWith("attachment;"), pdf::toString);

        List<JsonObject> issues = eventsSince(mark).stream()
                .filter(event -> event.getString("action").equals("agreement.completion-certificate-issued")).toList();
        assertEquals(2, issues.size(), issues::toString);
        JsonObject jsonIssue = issues.get(0);
        assertEquals(id, jsonIssue.getJsonNumber("agreementId").longValue());
        assertEquals("approver1", jsonIssue.getString("actor"));
        assertTrue(roles(jsonIssue).contains("APPROVER"), jsonIssue::toString);
        assertNotNull(jsonIssue.getString("clientAddress", null), "the caller's address: " + jsonIssue);
        assertEquals(sha256(json.content()), details(jsonIssue).getString("documentSha256"));
        JsonObject pdfIssue = issues.get(1);
        assertEquals("auditor", pdfIssue.getString("actor"));
        assertTrue(roles(pdfIssue).contains("AUDITOR"), pdfIssue::toString);
        assertEquals("kk", details(pdfIssue).getString("language"));
        assertEquals(sha256(pdf.content()), details(pdfIssue).getString("documentSha256"));
    }

    @Test
    void a_certificate_of_an_agreement_still_negotiated_is_a_preview_whose_issue_is_not_recorded() {
        long id = id(create("Соглашение для сертификата", "Сертификатқа арналған келісім"));
        String certificate = "api/v1/agreements/" + id + "/completion-certificate";
        for (int read = 0; read < 3; read++) {
            assertEquals(200, api.download(certificate + "?format=json", "approver1", "application/json").status());
            assertEquals(200, api.download(certificate + "?lang=kk", "auditor", "application/pdf").status());
        }
        assertEquals(List.of("agreement.created"), agreementEvents(id).stream().map(event -> event.getString("action")).toList(),
                "six looks at a draft's certificate leave its trail as it was");
    }

    // ---- the directory ---------------------------------------------------------------------------------------------

    @Test
    void adding_and_changing_a_region_and_a_party_records_one_event_each_with_the_names_after_the_change() {
        String code = "KZ-Q" + Long.toString(System.nanoTime() % 1_296, 36).toUpperCase(Locale.ROOT);
        long mark = lastSequence();
        Api.Reply added = api.post("api/v1/regions", "admin",
                "{\"code\":\"" + code + "\",\"name\":{\"ru\":\"Туркестанская область\",\"kk\":\"Түркістан облысы\"}}");
        assertEquals(201, added.status(), added::toString);
        JsonObject regionAdded = directoryEvent(mark, "region.added", "admin");
        assertEquals(code, details(regionAdded).getString("region"));
        assertEquals("Түркістан облысы", details(regionAdded).getString("name.kk"));

        mark = lastSequence();
        Api.Reply renamed = api.put("api/v1/regions/" + code, "admin", "{\"code\":\"" + code
                + "\",\"name\":{\"ru\":\"Туркестанская обл.\",\"kk\":\"Түркістан облысы\"},\"version\":"
                + added.json().getJsonNumber("version").longValue() + "}");
        assertEquals(200, renamed.status(), renamed::toString);
        assertEquals("Туркестанская обл.", details(directoryEvent(mark, "region.renamed", "admin")).getString("name.ru"));

        mark = lastSequence();
        Api.Reply party = api.post("api/v1/parties", "drafter", party(code, "Акимат Туркестанской области"));
        assertEquals(201, party.status(), party::toString);
        long partyId = party.json().getJsonNumber("id").longValue();
        JsonObject partyAdded = directoryEvent(mark, "party.added", "drafter");
        assertEquals(partyId, details(partyAdded).getJsonNumber("party").longValue());
        assertEquals(code, details(partyAdded).getString("region"));
        assertEquals("Акимат Туркестанской области", details(partyAdded).getString("organization.ru"));
        assertEquals("Әкім", details(partyAdded).getString("signatoryPosition.kk"));

        mark = lastSequence();
        Api.Reply revised = api.put("api/v1/parties/" + partyId, "drafter", withVersion(party(code, "Акимат области"),
                party.json().getJsonNumber("version").longValue()));
        assertEquals(200, revised.status(), revised::toString);
        assertEquals("Акимат области", details(directoryEvent(mark, "party.revised", "drafter")).getString("organization.ru"));

        mark = lastSequence();
        Api.Reply signers = api.put("api/v1/parties/" + partyId + "/signers", "admin", "[\"signer1\"]");
        assertEquals(200, signers.status(), signers::toString);
        JsonObject named = directoryEvent(mark, "party.signers-named", "admin");
        assertEquals(List.of("signer1"), details(named).getJsonArray("signers").getValuesAs(JsonString.class)
                .stream().map(JsonString::getString).toList());

        mark = lastSequence();
        assertFieldRefused(api.post("api/v1/parties", "drafter", party(code, "Акимат\u0000области")), "organization.ru");
        assertTrue(eventsSince(mark).stream().noneMatch(event -> event.getString("action").startsWith("party.")),
                "a refused party leaves no event");
    }

    // ---- texts that would lie on screen or vanish from the PDF --------------------------------------------------------

    @Test
    void a_title_with_a_right_to_left_override_or_an_emoji_and_a_party_name_with_nul_are_refused_naming_field_and_character() {
        Api.Reply override = api.post("api/v1/agreements", "drafter", newAgreement("Соглашение \u202Eот 2026", "Келісім"));
        JsonObject error = fieldError(override, "title.ru");
        assertEquals("forbidden-character", error.getString("rule"), error::toString);
        assertTrue(error.getString("message").contains("U+202E RIGHT-TO-LEFT OVERRIDE"), error::toString);

        Api.Reply emoji = api.post("api/v1/agreements", "drafter", newAgreement("Соглашение", "Келісім \uD83D\uDE00"));
        JsonObject unprintable = fieldError(emoji, "title.kk");
        assertEquals("unprintable-character", unprintable.getString("rule"), unprintable::toString);
        assertTrue(unprintable.getString("message").contains("U+1F600 GRINNING FACE"), unprintable::toString);

        Api.Reply nul = api.post("api/v1/parties", "drafter", party("KZ-55", "Акимат\u0000Павлодарской области"));
        JsonObject control = fieldError(nul, "organization.ru");
        assertEquals("forbidden-character", control.getString("rule"), control::toString);
        assertTrue(control.getString("message").contains("U+0000 NULL"), control::toString);
    }

    @Test
    void the_certificate_of_the_demos_signed_sister_city_agreement_is_sealed_by_the_platform_and_lists_both_signatures()
            throws Exception {
        long id = api.get("api/v1/agreements?kind=SISTER_CITY_AGREEMENT", "auditor").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(agreement -> agreement.getString("status").equals("SIGNED"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        String certificate = "api/v1/agreements/" + id + "/completion-certificate";

        Api.Download pdf = api.download(certificate + "?lang=ru", "auditor", "application/pdf");
        assertEquals(200, pdf.status(), pdf::toString);
        // Kept for a look: target/certificates/sister-cities-ru.pdf
        Files.createDirectories(CERTIFICATES);
        Files.write(CERTIFICATES.resolve("sister-cities-ru.pdf"), pdf.content());
        String report = Pdfsig.report(pdf.content());
        assertEquals(1, Pdfsig.count(report, "Signature is Valid."), report);
        assertTrue(report.contains("Pactum (demo) — platform seal"), report);
        assertTrue(report.contains("Total document signed"), "the seal covers the whole file: " + report);
        String text = PdfText.allSqueezed(pdf.content());
        assertTrue(text.contains(PdfText.squeezed("Подпись 1:")) && text.contains(PdfText.squeezed("Подпись 2:"))
                && !text.contains(PdfText.squeezed("Подпись 3:")), text);
        assertTrue(text.contains(PdfText.squeezed("Соколов Алексей Викторович")), "signer1 by name");
        assertTrue(text.contains(PdfText.squeezed("Сейтжанов Нурлан Бекенович")), "signer2 by name");
        assertTrue(text.contains(PdfText.squeezed("Этот файл заверен электронной печатью платформы Pactum")), text);
        JsonObject pdfIssue = agreementEvents(id).stream()
                .filter(event -> event.getString("action").equals("agreement.completion-certificate-issued"))
                .reduce((first, second) -> second).orElseThrow();
        assertEquals(sha256(pdf.content()), details(pdfIssue).getString("documentSha256"), "the sealed file's hash");

        List<JsonObject> signatures = api.get(certificate + "?format=json", "auditor").json().getJsonArray("signatures")
                .getValuesAs(JsonObject.class);
        assertEquals(List.of(1, 2), signatures.stream().map(signature -> signature.getInt("position")).toList());
        assertEquals(List.of("Соколов Алексей Викторович", "Сейтжанов Нурлан Бекенович"),
                signatures.stream().map(signature -> signature.getString("signer")).toList());
        for (JsonObject signature : signatures) {
            assertTrue(signature.getString("level").startsWith("PAdES-BASELINE-"), signature::toString);
            assertTrue(signature.getString("documentSha256").matches(HEX_64), signature::toString);
            assertTrue(signature.getString("certificateIssuer").contains("Pactum Demo Root CA"), signature::toString);
        }
        Api.Download kazakh = api.download(certificate + "?lang=kk", "auditor", "application/pdf");
        Files.write(CERTIFICATES.resolve("sister-cities-kk.pdf"), kazakh.content());
        assertTrue(PdfText.allSqueezed(kazakh.content()).contains(PdfText.squeezed("2-қолтаңба:")), "in Kazakh too");
    }

    // ---- the chain as a whole --------------------------------------------------------------------------------------------

    @Test
    void the_chain_is_gap_free_and_linked_and_every_hash_is_recomputable_from_the_exported_fields() {
        recordEveryKindOfEvent();
        List<JsonObject> chain = allEvents("api/v1/audit/events?size=200");
        assertFalse(chain.isEmpty());
        String previous = ZERO_HASH;
        long expected = 1;
        Set<String> actions = new java.util.TreeSet<>();
        for (JsonObject event : chain) {
            long sequence = event.getJsonNumber("sequence").longValue();
            assertEquals(expected, sequence, "gap or reordering before " + event);
            assertEquals(previous, event.getString("previousHash"), "broken link at " + sequence);
            assertTrue(event.getString("hash").matches(HEX_64), event::toString);
            assertEquals(event.getString("hash"), recomputedHash(event), () -> "hash of " + sequence + " over " + canonicalForm(event));
            actions.add(event.getString("action"));
            previous = event.getString("hash");
            expected++;
        }
        assertTrue(actions.containsAll(Set.of("agreement.created", "agreement.edited", "agreement.returned", "agreement.signed",
                "user.signed-in", "user.sign-in-locked")), "the chain covers every kind of event: " + actions);
        JsonObject firstPage = api.get("api/v1/audit/events?size=1", "auditor").json();
        assertTrue(firstPage.getJsonNumber("total").longValue() >= chain.size());
    }

    @Test
    void every_event_is_exported_with_every_hashed_field_so_the_documented_script_can_recompute_it() {
        // docs/audit.md: "every field as hashed (so the page is an export)", and its Python re-check hashes the exported
        // object's members as they are. That only works if null fields are exported as null rather than left out.
        for (JsonObject event : allEvents("api/v1/audit/events?size=500")) {
            Set<String> expected = new java.util.HashSet<>(HASHED_FIELDS);
            expected.add("hash");
            assertEquals(new java.util.TreeSet<>(expected), new java.util.TreeSet<>(event.keySet()),
                    "the members of exported event " + event);
        }
    }

    @Test
    void verification_finds_the_chain_intact_and_is_itself_recorded() {
        long last = lastSequence();
        String verifications = "api/v1/audit/events?action=audit.verified&actor=auditor";
        long before = total(verifications);

        Api.Reply verification = api.get("api/v1/audit/verification", "auditor");
        assertEquals(200, verification.status(), verification::toString);
        JsonObject report = verification.json();
        assertTrue(report.getBoolean("intact"), report::toString);
        long checked = report.getJsonNumber("eventsChecked").longValue();
        assertTrue(checked >= last, "checked " + checked + " of " + last);
        assertTrue(isNull(report, "firstBrokenSequence"), report::toString);
        assertTrue(isNull(report, "reason"), report::toString);

        List<JsonObject> recorded = allEvents(verifications);
        assertEquals(before + 1, recorded.size(), "one audit.verified event per verification");
        JsonObject event = recorded.getLast();
        assertTrue(event.getJsonNumber("sequence").longValue() > checked, "recorded after what it checked");
        assertTrue(roles(event).contains("AUDITOR"), event::toString);
        JsonObject details = details(event);
        assertTrue(details.getBoolean("intact"));
        assertEquals(checked, details.getJsonNumber("eventsChecked").longValue());
        assertEquals(report.getJsonNumber("sealsChecked").longValue(), details.getJsonNumber("sealsChecked").longValue());
        assertTrue(details.containsKey("firstBrokenSequence") && details.isNull("firstBrokenSequence"), details::toString);
        assertEquals(event.getString("hash"), recomputedHash(event));
        assertEquals(last + 1, lastSequence(), "the verification added exactly one event");
    }

    @Test
    void the_canonicalisation_written_here_reproduces_the_example_in_docs_audit_md() {
        JsonObject example = Json.createObjectBuilder()
                .add("sequence", 1).add("occurredAt", "2026-11-22T08:00:00.120000Z").add("actor", "drafter")
                .add("actorRoles", "DRAFTER").add("action", "agreement.created").add("agreementId", 7).add("agreementVersion", 1)
                .addNull("contentHash").add("details", "{\"number\":\"PA-2026-00007\"}").add("clientAddress", "127.0.0.1")
                .add("previousHash", ZERO_HASH).build();
        assertEquals("{\"action\":\"agreement.created\",\"actor\":\"drafter\",\"actorRoles\":\"DRAFTER\",\"agreementId\":7,"
                + "\"agreementVersion\":1,\"clientAddress\":\"127.0.0.1\",\"contentHash\":null,"
                + "\"details\":\"{\\\"number\\\":\\\"PA-2026-00007\\\"}\",\"occurredAt\":\"2026-11-22T08:00:00.120000Z\","
                + "\"previousHash\":\"" + ZERO_HASH + "\",\"sequence\":1}", canonicalForm(example));
        assertEquals("a287a46b5788146ec04410fc6d7f22199aaeca6f97305eb39a1606446b9744a1", recomputedHash(example));
        assertEquals("\"\\\"\\\\\\b\\f\\n\\r\\t\\u0001\\u001fӘ€\"", canonical(Json.createValue("\"\\\b\f\n\r\t\u0001\u001fӘ€")));
    }

    // ---- an independent RFC 8785 canonicalisation and the hash rule of docs/audit.md -------------------------------------

    /** SHA-256, lower-case hex, of the canonical form of the event's hashed fields. */
    private static String recomputedHash(JsonObject event) {
        return sha256(canonicalForm(event).getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    /** The hashed fields exactly as exported (a member left out counts as null), as RFC 8785 JSON. */
    private static String canonicalForm(JsonObject event) {
        var hashed = Json.createObjectBuilder();
        for (String field : HASHED_FIELDS) {
            hashed.add(field, event.getOrDefault(field, JsonValue.NULL));
        }
        return canonical(hashed.build());
    }

    /** RFC 8785 for the values an event holds: members sorted by UTF-16 code units, no whitespace, JSON.stringify escapes. */
    private static String canonical(JsonValue value) {
        return switch (value.getValueType()) {
            case NULL -> "null";
            case TRUE -> "true";
            case FALSE -> "false";
            case NUMBER -> {
                JsonNumber number = (JsonNumber) value;
                if (!number.isIntegral() || Math.abs(number.longValueExact()) > (1L << 53) - 1) {
                    throw new AssertionError("not an integer RFC 8785 writes exactly: " + number);
                }
                yield Long.toString(number.longValueExact());
            }
            case STRING -> quoted(((JsonString) value).getString());
            case ARRAY -> value.asJsonArray().stream().map(AuditApiIT::canonical).collect(Collectors.joining(",", "[", "]"));
            case OBJECT -> {
                // String's natural order compares UTF-16 code units, which is RFC 8785's member order.
                Map<String, JsonValue> sorted = new TreeMap<>(value.asJsonObject());
                yield sorted.entrySet().stream().map(member -> quoted(member.getKey()) + ":" + canonical(member.getValue()))
                        .collect(Collectors.joining(",", "{", "}"));
            }
        };
    }

    private static String quoted(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        text.chars().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xf, 16));
                    } else {
                        out.append((char) c);
                    }
                }
            }
        });
        return out.append('"').toString();
    }

    // ---- helpers ------------------------------------------------------------------------------------------------------

    private JsonObject lifecycleStep(String path, long id, List<JsonObject> before, JsonObject agreement, String action, String user,
                                     String role, String reason, String code, String contentHash) {
        String from = agreement.getString("status");
        Api.Reply reply = act(path, action, user, agreement, reason);
        assertEquals(200, reply.status(), action + " as " + user + ": " + reply);
        JsonObject after = reply.json();
        JsonObject event = oneMoreEvent(id, before, code, user, role, after);
        JsonObject details = details(event);
        assertEquals(from, details.getString("from"), event::toString);
        assertEquals(after.getString("status"), details.getString("to"), event::toString);
        assertEquals(contentHash, event.getString("contentHash"), "a lifecycle step does not change the content: " + event);
        if (reason == null) {
            assertFalse(details.containsKey("reason"), details::toString);
        }
        return after;
    }

    /** Exactly one event more than {@code before}, the earlier ones unchanged; returns the new one. */
    private JsonObject oneMoreEvent(long id, List<JsonObject> before, String code, String actor, String role, JsonObject agreement) {
        List<JsonObject> after = agreementEvents(id);
        assertEquals(before.size() + 1, after.size(), () -> code + ": expected exactly one new event, got " + after);
        assertEquals(before, after.subList(0, before.size()), "earlier events must not change");
        JsonObject event = after.getLast();
        assertEvent(event, id, code, actor, role, agreement);
        assertTrue(event.getJsonNumber("sequence").longValue() > before.getLast().getJsonNumber("sequence").longValue());
        return event;
    }

    private static void assertEvent(JsonObject event, long id, String code, String actor, String role, JsonObject agreement) {
        assertEquals(code, event.getString("action"), event::toString);
        assertEquals(actor, event.getString("actor"), event::toString);
        assertTrue(roles(event).contains(role), () -> "roles of " + event);
        assertEquals(id, event.getJsonNumber("agreementId").longValue());
        assertEquals(version(agreement), event.getJsonNumber("agreementVersion").longValue(), "the API's version of the agreement");
        assertTrue(event.getString("contentHash").matches(HEX_64), event::toString);
        assertTrue(event.getString("hash").matches(HEX_64), event::toString);
        assertNotNull(event.getString("clientAddress", null), "the caller's address: " + event);
    }

    /**
     * Takes an agreement from creation to signature, with an edit and a return on the way, and locks a username with
     * wrong passwords, so the chain holds every kind of event whichever test runs first.
     */
    private void recordEveryKindOfEvent() {
        JsonObject agreement = create("Соглашение для цепочки", "Тізбекке арналған келісім");
        String path = "api/v1/agreements/" + id(agreement);
        Api.Reply edit = api.put(path, "drafter", withVersion(newAgreement("Соглашение для цепочки (2)", "Тізбек (2)"), version(agreement)));
        assertEquals(200, edit.status(), edit::toString);
        agreement = edit.json();
        for (String[] step : List.of(new String[] {"submit", "drafter"}, new String[] {"return", "approver1", "Уточнить"},
                new String[] {"rework", "drafter"}, new String[] {"submit", "drafter"}, new String[] {"approve", "approver1"},
                new String[] {"approve", "approver2"},
                new String[] {"sign", null})) {
            if (step[1] == null) {
                agreement = DemoSigners.signByEveryParty(api, id(agreement));
                continue;
            }
            Api.Reply reply = act(path, step[0], step[1], agreement, step.length > 2 ? step[2] : null);
            assertEquals(200, reply.status(), reply::toString);
            agreement = reply.json();
        }
        String mallory = "mallory-" + System.nanoTime();
        for (int i = 1; i <= 5; i++) {
            Api.Reply refused = api.call("GET", "api/v1/me", null, null, "Authorization", basic(mallory, "wrong"));
            assertEquals(i < 5 ? 401 : 429, refused.status(), refused::toString);
        }
    }

    /** The agreement's own events; the route's steps between them are RoutingApiIT's concern. */
    private List<JsonObject> agreementEvents(long id) {
        return agreementAndRouteEvents(id).stream().filter(event -> !event.getString("action").startsWith("route."))
                .toList();
    }

    private List<JsonObject> agreementAndRouteEvents(long id) {
        Api.Reply reply = api.get("api/v1/agreements/" + id + "/audit?size=500", "auditor");
        assertEquals(200, reply.status(), reply::toString);
        JsonObject page = reply.json();
        assertEquals(page.getJsonNumber("total").longValue(), page.getJsonArray("items").size(), "one page holds them all");
        return page.getJsonArray("items").getValuesAs(JsonObject.class);
    }

    /** Every event the query matches, page by page, in the order served. */
    private List<JsonObject> allEvents(String query) {
        String separator = query.contains("?") ? "&" : "?";
        String sized = query.contains("size=") ? query : query + separator + "size=500";
        List<JsonObject> events = new ArrayList<>();
        for (int page = 0; ; page++) {
            Api.Reply reply = api.get(sized + "&page=" + page, "auditor");
            assertEquals(200, reply.status(), reply::toString);
            JsonObject body = reply.json();
            events.addAll(body.getJsonArray("items").getValuesAs(JsonObject.class));
            if (page + 1 >= body.getJsonNumber("pages").longValue()) {
                assertEquals(body.getJsonNumber("total").longValue(), events.size(), "pages add up to the total");
                return events;
            }
        }
    }

    private long total(String query) {
        Api.Reply reply = api.get(query + (query.contains("?") ? "&" : "?") + "size=1", "auditor");
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getJsonNumber("total").longValue();
    }

    /** The highest sequence number, which equals the number of events when the chain is gap-free. */
    private long lastSequence() {
        long total = total("api/v1/audit/events");
        JsonObject last = api.get("api/v1/audit/events?size=1&page=" + (total - 1), "auditor").json().getJsonArray("items").getJsonObject(0);
        long sequence = last.getJsonNumber("sequence").longValue();
        assertEquals(total, sequence, "gap-free: the last sequence is the number of events");
        return sequence;
    }

    private JsonObject create(String titleRu, String titleKk) {
        Api.Reply created = api.post("api/v1/agreements", "drafter", newAgreement(titleRu, titleKk));
        assertEquals(201, created.status(), created::toString);
        return created.json();
    }

    private String newAgreement(String titleRu, String titleKk) {
        return """
                {"kind":"COOPERATION_AGREEMENT","languages":["ru","kk"],
                 "title":{"ru":%s,"kk":%s},
                 "partyIds":[%d,%d],"areas":["EDUCATION","TOURISM"],
                 "term":{"startsOn":null,"years":3,"autoRenewal":false}}
                """.formatted(Json.createValue(titleRu), Json.createValue(titleKk), partyId(0), partyId(1));
    }

    private static String withVersion(String json, long version) {
        return json.strip().replaceFirst("}$", ",\"version\":" + version + "}");
    }

    private Api.Reply act(String path, String action, String user, JsonObject agreement, String reason) {
        return act(path, action, user, agreement, reason, version(agreement));
    }

    private Api.Reply act(String path, String action, String user, JsonObject agreement, String reason, long version) {
        String body = "{\"version\":" + version + (reason == null ? "" : ",\"reason\":" + Json.createValue(reason)) + "}";
        return api.post(path + "/" + action, user, body);
    }

    private long partyId(int index) {
        Api.Reply parties = api.get("api/v1/parties?q=" + encode("области"), "drafter");
        assertEquals(200, parties.status(), parties::toString);
        return parties.array().getJsonObject(index).getJsonNumber("id").longValue();
    }

    private static long id(JsonObject agreement) {
        return agreement.getJsonNumber("id").longValue();
    }

    private static long version(JsonObject agreement) {
        return agreement.getJsonNumber("version").longValue();
    }

    /** The details member is a string holding canonical JSON; parse it. */
    private static JsonObject details(JsonObject event) {
        try (var reader = Json.createReader(new StringReader(event.getString("details")))) {
            return reader.readObject();
        }
    }

    private static List<String> roles(JsonObject event) {
        String text = event.getString("actorRoles");
        return text.isEmpty() ? List.of() : List.of(text.split(","));
    }

    private static boolean isNull(JsonObject object, String name) {
        return !object.containsKey(name) || object.isNull(name);
    }

    private static void assertRefused(Api.Reply reply, int status, String slug) {
        assertEquals(status, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply::toString);
        assertEquals("urn:pactum:problem:" + slug, reply.json().getString("type"), reply::toString);
    }

    private static void assertStatus(Api.Reply reply, int status) {
        assertEquals(status, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply::toString);
    }

    private static void assertFieldRefused(Api.Reply reply, String field) {
        assertRefused(reply, 422, "invalid-input");
        assertTrue(reply.json().getJsonArray("errors").stream().anyMatch(e -> field.equals(e.asJsonObject().getString("field"))),
                () -> "an error about " + field + ": " + reply);
    }

    /** The single error the 422 names for {@code field}. */
    private static JsonObject fieldError(Api.Reply reply, String field) {
        assertFieldRefused(reply, field);
        return reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .filter(error -> error.getString("field").equals(field)).findFirst().orElseThrow();
    }

    private static String party(String regionCode, String organization) {
        return """
                {"organization":{"ru":%s,"kk":"Түркістан облысының әкімдігі"},"regionCode":"%s",
                 "signatory":{"name":{"ru":"Д. Сатыбалды","kk":"Д. Сатыбалды"},"position":{"ru":"Аким","kk":"Әкім"}}}"""
                .formatted(Json.createValue(organization), regionCode);
    }

    /** The one directory event recorded since {@code mark}, which must be {@code action} by {@code actor}. */
    private JsonObject directoryEvent(long mark, String action, String actor) {
        List<JsonObject> events = eventsSince(mark).stream()
                .filter(event -> event.getString("action").startsWith("region.") || event.getString("action").startsWith("party."))
                .toList();
        assertEquals(List.of(action), events.stream().map(event -> event.getString("action")).toList(), events::toString);
        JsonObject event = events.getFirst();
        assertEquals(actor, event.getString("actor"), event::toString);
        assertTrue(isNull(event, "agreementId"), event::toString);
        assertNotNull(event.getString("clientAddress", null), "the caller's address: " + event);
        return event;
    }

    /** The events recorded after {@code sequence}, in order. */
    private List<JsonObject> eventsSince(long sequence) {
        List<JsonObject> events = new ArrayList<>();
        long last = lastSequence();
        for (long next = sequence + 1; next <= last; next++) {
            Api.Reply reply = api.get("api/v1/audit/events?size=1&page=" + (next - 1), "auditor");
            assertEquals(200, reply.status(), reply::toString);
            events.add(reply.json().getJsonArray("items").getJsonObject(0));
        }
        return events;
    }

    private long signedSisterCityAgreement() {
        return api.get("api/v1/agreements?kind=SISTER_CITY_AGREEMENT", "auditor").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(agreement -> agreement.getString("status").equals("SIGNED"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
