package org.pactum.verification.control.report;

import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * A verification report read back from the canonical JSON it was stored as. Stored reports never change, so a report
 * written by an older version may lack members a newer one has: every member is optional here (null, or an empty
 * list), and the PDF shows a dash where a value is missing.
 */
record StoredReport(String id, String indication, List<Signature> signatures, List<DocumentTimestamp> documentTimestamps,
                    Document document, Instant validationTime, String policy, String requestedBy) {

    record Signature(String fieldName, String indication, String subIndication, String signedBy,
                     List<Certificate> chain, Instant claimedSigningTime, Timestamp timestamp, String level,
                     Boolean coversWholeDocument, List<Long> byteRange, String modificationLevel, Changes changes,
                     List<String> reasons) {
    }

    record Certificate(String subject, String serialNumber, boolean trusted) {
    }

    record Timestamp(Instant time, String tsa, Boolean valid) {
    }

    record Changes(List<String> changedObjects, List<Long> changedPages, Boolean allowedByCertification,
                   String docMdpPermission) {
    }

    record DocumentTimestamp(String fieldName, Instant time, String tsa, Boolean valid, Boolean coversWholeDocument) {
    }

    record Document(String sha256, Long size, Long revisions, Register register) {
    }

    /**
     * @param decisions  the agreement's approval steps in the order they happened; null when the report was stored
     *                   before it recorded them (as opposed to an empty list: none recorded)
     * @param auditChain the audit trail's state at the check; null when the report did not record it
     */
    record Register(Long agreementId, String number, String registrationNumber, String status, Long revision,
                    List<RecordedSignature> signatures, List<Decision> decisions, AuditChain auditChain) {
    }

    /** One step of the agreement's approval: a route decision or delegation, or a step of its lifecycle. */
    record Decision(Long sequence, String action, String actor, Instant at, Long revision, String contentHash,
                    String remark, String decision, Long stage, String onBehalfOf) {
    }

    record AuditChain(Boolean intact, Long eventsChecked, Long sealsChecked, Long lastSealedSequence,
                      Long lastAgreementChangeSequence, Boolean agreementSealed, Long firstBrokenSequence,
                      String reason) {
    }

    record RecordedSignature(Long position, String signer, String certificateSubject, Instant signedAt, String level,
                             String documentSha256) {
    }

    /** @throws IllegalArgumentException when the text is no JSON object */
    static StoredReport parse(String json) {
        JsonObject report;
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            report = reader.readObject();
        } catch (RuntimeException unreadable) {
            throw new IllegalArgumentException("the stored report is not a JSON object", unreadable);
        }
        return new StoredReport(text(report, "id"), text(report, "indication"),
                objects(report, "signatures", StoredReport::signature),
                objects(report, "documentTimestamps", StoredReport::documentTimestamp),
                object(report, "document", StoredReport::document), instant(report, "validationTime"),
                text(report, "policy"), text(report, "requestedBy"));
    }

    private static Signature signature(JsonObject json) {
        return new Signature(text(json, "fieldName"), text(json, "indication"), text(json, "subIndication"),
                text(json, "signedBy"), objects(json, "chain", StoredReport::certificate),
                instant(json, "claimedSigningTime"), object(json, "timestamp", StoredReport::timestamp),
                text(json, "level"), flag(json, "coversWholeDocument"), numbers(json, "byteRange"),
                text(json, "modificationLevel"), object(json, "modifications", StoredReport::changes),
                texts(json, "reasons"));
    }

    private static Certificate certificate(JsonObject json) {
        return new Certificate(text(json, "subject"), text(json, "serialNumber"),
                Boolean.TRUE.equals(flag(json, "trusted")));
    }

    private static Timestamp timestamp(JsonObject json) {
        return new Timestamp(instant(json, "time"), text(json, "tsa"), flag(json, "valid"));
    }

    private static Changes changes(JsonObject json) {
        return new Changes(texts(json, "changedObjects"), numbers(json, "changedPages"),
                flag(json, "allowedByCertification"), text(json, "docMdpPermission"));
    }

    private static DocumentTimestamp documentTimestamp(JsonObject json) {
        return new DocumentTimestamp(text(json, "fieldName"), instant(json, "time"), text(json, "tsa"),
                flag(json, "valid"), flag(json, "coversWholeDocument"));
    }

    private static Document document(JsonObject json) {
        return new Document(text(json, "sha256"), number(json, "size"), number(json, "revisions"),
                object(json, "registry", StoredReport::register));
    }

    private static Register register(JsonObject json) {
        return new Register(number(json, "agreementId"), text(json, "number"), text(json, "registrationNumber"),
                text(json, "status"), number(json, "revision"), objects(json, "signatures", StoredReport::recorded),
                json.get("decisions") instanceof JsonArray ? objects(json, "decisions", StoredReport::decision) : null,
                object(json, "auditChain", StoredReport::auditChain));
    }

    private static Decision decision(JsonObject json) {
        return new Decision(number(json, "sequence"), text(json, "action"), text(json, "actor"), instant(json, "at"),
                number(json, "revision"), text(json, "contentHash"), text(json, "reason"), text(json, "decision"),
                number(json, "stage"), text(json, "onBehalfOf"));
    }

    private static AuditChain auditChain(JsonObject json) {
        return new AuditChain(flag(json, "intact"), number(json, "eventsChecked"), number(json, "sealsChecked"),
                number(json, "lastSealedSequence"), number(json, "lastAgreementChangeSequence"),
                flag(json, "agreementSealed"), number(json, "firstBrokenSequence"), text(json, "reason"));
    }

    private static RecordedSignature recorded(JsonObject json) {
        return new RecordedSignature(number(json, "position"), text(json, "signer"), text(json, "certificateSubject"),
                instant(json, "signedAt"), text(json, "level"), text(json, "documentSha256"));
    }

    private static String text(JsonObject json, String name) {
        return json.get(name) instanceof JsonString text ? text.getString() : null;
    }

    private static Boolean flag(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (value == JsonValue.TRUE) {
            return true;
        }
        return value == JsonValue.FALSE ? false : null;
    }

    private static Long number(JsonObject json, String name) {
        return json.get(name) instanceof JsonNumber number ? number.longValue() : null;
    }

    /** A moment as the report wrote it (ISO 8601); null when absent or unreadable, so the PDF shows a dash. */
    private static Instant instant(JsonObject json, String name) {
        String text = text(json, name);
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    private static <T> T object(JsonObject json, String name, Function<JsonObject, T> read) {
        return json.get(name) instanceof JsonObject object ? read.apply(object) : null;
    }

    private static <T> List<T> objects(JsonObject json, String name, Function<JsonObject, T> read) {
        return array(json, name).stream().filter(JsonObject.class::isInstance).map(JsonObject.class::cast).map(read)
                .toList();
    }

    private static List<String> texts(JsonObject json, String name) {
        return array(json, name).stream().filter(JsonString.class::isInstance).map(JsonString.class::cast)
                .map(JsonString::getString).toList();
    }

    private static List<Long> numbers(JsonObject json, String name) {
        return array(json, name).stream().filter(JsonNumber.class::isInstance).map(JsonNumber.class::cast)
                .map(JsonNumber::longValue).toList();
    }

    private static List<JsonValue> array(JsonObject json, String name) {
        return json.get(name) instanceof JsonArray array ? array : List.of();
    }
}
