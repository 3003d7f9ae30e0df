package org.pactum.verification.control.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.pactum.domain.canonical.CanonicalJson;

/**
 * Stored reports in the shape Verification keeps them (canonical JSON): the demo's sister-city agreement signed by both
 * parties at PAdES-BASELINE-LTA and found in the register with its approval decisions and audit chain (also as a report
 * stored before these were recorded, and with the chain broken), and a file whose first signature was broken by a later
 * revision that rewrote page content, signed second under an authority Pactum does not trust.
 */
final class SampleReports {

    static final String RUSSIAN_SIGNER = "Иванов Сергей Петрович";
    /** Every letter Kazakh adds to the Russian alphabet, in a signer's name and organisation. */
    static final String KAZAKH_SIGNER = "Әбілқайыр Ғалымжан Құрманғазыұлы";
    static final String KAZAKH_LETTERS = "ӘҒҚҢӨҰҮҺІ әғқңөұүһі";
    static final String RETURN_REMARK = "Уточнить в п. 4.2 срок действия соглашения и порядок его продления; "
            + "согласовать формулировку с юридическим отделом";
    static final String DEPUTY = "g.kurmangazy";
    static final String DEPUTY_REMARK = "Тараптардың атаулары тексерілді: ӘҒҚҢӨҰҮҺІ";
    static final String REVISION_2_HASH = "5c1a9e0b7d24f3a68e91c0d2b4f6a8c0e2d4f6a8b0c2e4f6a8b0c2d4e6f8a0b2";
    static final String REVISION_3_HASH = "a7f3c2e19b0d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6a7b8c9d0e1f2a3b";
    static final String CHAIN_BROKEN_REASON = "Event 57: its content does not match its hash: a field was changed after it was "
            + "written.";
    static final String BROKEN_REASON = "The digest of the signed byte ranges does not match the CMS messageDigest";

    private SampleReports() {
    }

    static String passed() {
        return passed(decisions(), chain(true));
    }

    /** The same report with the audit trail found broken at the deputy's decision. */
    static String passedWithBrokenChain() {
        return passed(decisions(), chain(false));
    }

    /** The same report made before a seal covered the agreement's last change. */
    static String passedBeforeTheLastSeal() {
        Map<String, Object> chain = chain(true);
        chain.put("lastSealedSequence", 180);
        chain.put("agreementSealed", false);
        return passed(decisions(), chain);
    }

    /** The same report as stored before reports recorded approval decisions and the audit chain. */
    static String passedBeforeDecisionsWereRecorded() {
        return passed(null, null);
    }

    private static String passed(List<Map<String, Object>> decisions, Map<String, Object> chain) {
        Map<String, Object> report = report("3f9c01ab5d2e4c7f8a61b0c2d3e4f5a6", "TOTAL_PASSED");
        report.put("signatures", List.of(
                signature("party-1", "TOTAL_PASSED", null, RUSSIAN_SIGNER,
                        "CN=" + RUSSIAN_SIGNER + ",O=Правительство Омской области,C=RU", "2026-11-20T09:15:02Z",
                        "LTA_UPDATES", List.of(0L, 48211L, 66979L, 23301L), List.of()),
                signature("party-2", "TOTAL_PASSED", null, KAZAKH_SIGNER,
                        "CN=" + KAZAKH_SIGNER + ",O=Павлодар облысының әкімдігі (" + KAZAKH_LETTERS + "),C=KZ",
                        "2026-11-21T06:40:44Z", "LTA_UPDATES", List.of(0L, 101877L, 120645L, 21044L), List.of())));
        report.put("documentTimestamps", List.of(documentTimestamp("doc-timestamp-1", "2026-11-20T09:15:05Z"),
                documentTimestamp("doc-timestamp-2", "2026-11-21T06:40:47Z")));
        Map<String, Object> registry = new LinkedHashMap<>();
        registry.put("agreementId", 4L);
        registry.put("number", "PA-2026-00004");
        registry.put("registrationNumber", "ПГ-2026/004");
        registry.put("status", "SIGNED");
        registry.put("revision", 3);
        registry.put("signatures", List.of(
                recorded(1, "signer1", "CN=" + RUSSIAN_SIGNER + ",O=Правительство Омской области,C=RU",
                        "2026-11-20T09:15:02Z"),
                recorded(2, "signer2", "CN=" + KAZAKH_SIGNER + ",O=Павлодар облысының әкімдігі,C=KZ",
                        "2026-11-21T06:40:44Z")));
        if (decisions != null) {
            registry.put("decisions", decisions);
        }
        if (chain != null) {
            registry.put("auditChain", chain);
        }
        report.put("document", document(187224L, 7, registry));
        return CanonicalJson.encode(report);
    }

    static String failed() {
        Map<String, Object> report = report("b7e2d4c19a0f4e3b8c5d6e7f8091a2b3", "TOTAL_FAILED");
        Map<String, Object> broken = signature("party-1", "TOTAL_FAILED", "HASH_FAILURE", RUSSIAN_SIGNER,
                "CN=" + RUSSIAN_SIGNER + ",O=Правительство Омской области,C=RU", "2026-11-20T09:15:02Z", "OTHER",
                List.of(0L, 48211L, 66979L, 23301L), List.of(BROKEN_REASON));
        @SuppressWarnings("unchecked")
        Map<String, Object> changes = (Map<String, Object>) broken.get("modifications");
        changes.put("changedObjects", List.of("12 0 obj (Page 1 /Contents): changed", "13 0 obj (Page 1 /Resources): changed",
                "31 0 obj (not referenced): added"));
        changes.put("changedPages", List.of(1L));
        changes.put("allowedByCertification", false);
        Map<String, Object> untrusted = signature("party-2", "INDETERMINATE", "NO_CERTIFICATE_CHAIN_FOUND", KAZAKH_SIGNER,
                "CN=" + KAZAKH_SIGNER + ",O=Павлодар облысының әкімдігі,C=KZ", "2026-11-21T06:40:44Z", "NONE",
                List.of(0L, 101877L, 120645L, 21044L),
                List.of("No certificate of the chain is a configured trust anchor", "Level B: no valid signature time-stamp"));
        untrusted.put("timestamp", null);
        untrusted.put("level", "PAdES-BASELINE-B");
        untrusted.put("chain", List.of(certificate("CN=" + KAZAKH_SIGNER + ",O=Павлодар облысының әкімдігі,C=KZ",
                "5A17", false), certificate("CN=Unknown Root CA,O=Elsewhere,C=KZ", "01", false)));
        report.put("signatures", List.of(broken, untrusted));
        report.put("documentTimestamps", List.of());
        report.put("document", document(143882L, 3, null));
        return CanonicalJson.encode(report);
    }

    static String unsigned() {
        Map<String, Object> report = report("0c1d2e3f405162738495a6b7c8d9eaf0", "NO_SIGNATURE_FOUND");
        report.put("signatures", List.of());
        report.put("documentTimestamps", List.of());
        report.put("document", document(52117L, 1, null));
        return CanonicalJson.encode(report);
    }

    private static Map<String, Object> report(String id, String indication) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("id", id);
        report.put("indication", indication);
        report.put("validationTime", "2026-12-06T14:03:27.512Z");
        report.put("policy", "pactum-pades-1");
        report.put("requestedBy", "auditor");
        return report;
    }

    private static Map<String, Object> signature(String field, String indication, String subIndication, String signer,
                                                 String subject, String signedAt, String modification,
                                                 List<Long> byteRange, List<String> reasons) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("fieldName", field);
        json.put("indication", indication);
        json.put("subIndication", subIndication);
        json.put("signedBy", signer);
        json.put("chain", List.of(certificate(subject, "4F2A9C0D11", false),
                certificate("CN=Pactum Demo Root CA,O=Pactum,C=KZ", "1", true)));
        json.put("claimedSigningTime", signedAt);
        Map<String, Object> timestamp = new LinkedHashMap<>();
        timestamp.put("time", signedAt.replace("Z", ".250Z"));
        timestamp.put("tsa", "CN=Pactum Demo TSA,O=Pactum,C=KZ");
        timestamp.put("valid", true);
        json.put("timestamp", timestamp);
        json.put("level", "PAdES-BASELINE-LTA");
        json.put("coversWholeDocument", false);
        json.put("byteRange", byteRange);
        json.put("modificationLevel", modification);
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("changedObjects", new ArrayList<>(List.of("40 0 obj (/DSS): added", "41 0 obj (/DSS /Certs): added",
                "44 0 obj (document timestamp field): added")));
        changes.put("changedPages", List.of());
        changes.put("allowedByCertification", true);
        changes.put("docMdpPermission", "P=2");
        json.put("modifications", changes);
        json.put("reasons", reasons);
        return json;
    }

    private static Map<String, Object> certificate(String subject, String serial, boolean trusted) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("subject", subject);
        json.put("serialNumber", serial);
        json.put("trusted", trusted);
        return json;
    }

    private static Map<String, Object> documentTimestamp(String field, String time) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("fieldName", field);
        json.put("time", time);
        json.put("tsa", "CN=Pactum Demo TSA,O=Pactum,C=KZ");
        json.put("valid", true);
        json.put("coversWholeDocument", field.endsWith("2"));
        return json;
    }

    private static Map<String, Object> recorded(int position, String signer, String subject, String signedAt) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("position", position);
        json.put("signer", signer);
        json.put("certificateSubject", subject);
        json.put("signedAt", signedAt);
        json.put("level", "PAdES-BASELINE-LTA");
        json.put("documentSha256", "9d4f0c6a8b1e2d3f4a5b6c7d8e9f00112233445566778899aabbccddeeff0011");
        return json;
    }

    /**
     * Two rounds of a two-stage route: the first returned with a remark, the second approved, the second stage by a
     * deputy to whom its approver delegated the task.
     */
    private static List<Map<String, Object>> decisions() {
        return List.of(
                decision(41, "agreement.submitted", "drafter", "2026-11-10T08:00:05Z", 2, null, null, null, null),
                decision(43, "route.decided", "approver1", "2026-11-11T10:12:40Z", 2, RETURN_REMARK, "RETURN", 1, null),
                decision(44, "agreement.returned", "approver1", "2026-11-11T10:12:40Z", 2, RETURN_REMARK, null, null,
                        null),
                decision(47, "agreement.reworked", "drafter", "2026-11-12T07:30:00Z", 2, null, null, null, null),
                decision(52, "agreement.submitted", "drafter", "2026-11-13T09:01:17Z", 3, null, null, null, null),
                decision(54, "route.decided", "approver1", "2026-11-14T11:45:09Z", 3, null, "APPROVE", 1, null),
                decision(56, "route.task-delegated", "a.seitkali", "2026-11-15T06:20:00Z", 3, "Демалыста болғандықтан",
                        null, 2, "a.seitkali"),
                decision(57, "route.decided", DEPUTY, "2026-11-16T12:05:33Z", 3, DEPUTY_REMARK, "APPROVE", 2,
                        "a.seitkali"),
                decision(58, "agreement.approved", DEPUTY, "2026-11-16T12:05:34Z", 3, null, null, null, null));
    }

    private static Map<String, Object> decision(long sequence, String action, String actor, String at, int revision,
                                                String remark, String decision, Integer stage, String onBehalfOf) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("sequence", sequence);
        json.put("action", action);
        json.put("actor", actor);
        json.put("at", at);
        json.put("revision", revision);
        json.put("contentHash", revision == 2 ? REVISION_2_HASH : REVISION_3_HASH);
        json.put("from", null);
        json.put("to", null);
        json.put("reason", remark);
        json.put("decision", decision);
        json.put("stage", stage);
        json.put("onBehalfOf", onBehalfOf);
        return json;
    }

    private static Map<String, Object> chain(boolean intact) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("intact", intact);
        json.put("eventsChecked", intact ? 212 : 57);
        json.put("sealsChecked", intact ? 9 : 2);
        json.put("lastSealedSequence", intact ? 200 : 50);
        json.put("lastAgreementChangeSequence", 190);
        json.put("agreementSealed", intact);
        json.put("firstBrokenSequence", intact ? null : 57);
        json.put("reason", intact ? null : CHAIN_BROKEN_REASON);
        return json;
    }

    private static Map<String, Object> document(long size, int revisions, Map<String, Object> registry) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("sha256", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        json.put("size", size);
        json.put("revisions", revisions);
        json.put("registry", registry);
        return json;
    }
}
