package org.pactum.web.verification.page;

import java.io.StringReader;
import java.time.Instant;
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
 * Reads a verification report — the JSON the boundary answered and keeps, the same the API returns — into what the
 * pages show. Lenient on purpose: a field the page does not know is ignored, a missing one shown as empty, so reports
 * kept under an earlier version of the rules still open.
 */
public final class ReportReading {

    private ReportReading() {
    }

    /** @param time how an instant reads on the pages */
    public static ReportView read(String json, boolean stored, Function<Instant, String> time) {
        JsonObject report;
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            report = reader.readObject();
        }
        JsonObject document = object(report, "document");
        return new ReportView(text(report, "id"), stored, text(report, "indication"),
                objects(report, "signatures").stream().map(signature -> signature(signature, time)).toList(),
                objects(report, "documentTimestamps").stream().map(stamp -> new TimestampLine(text(stamp, "fieldName"),
                        instant(stamp, "time", time), text(stamp, "tsa"), flag(stamp, "valid"))).toList(),
                text(document, "sha256"), number(document, "size"), (int) number(document, "revisions"),
                document == null || !(document.get("registry") instanceof JsonObject entry) ? null : registry(entry, time),
                instant(report, "validationTime", time), text(report, "policy"));
    }

    private static SignatureView signature(JsonObject json, Function<Instant, String> time) {
        JsonObject timestamp = object(json, "timestamp");
        JsonObject changes = object(json, "modifications");
        return new SignatureView(text(json, "fieldName"), text(json, "indication"), text(json, "subIndication"),
                text(json, "signedBy"),
                objects(json, "chain").stream().map(certificate -> new ChainLine(text(certificate, "subject"),
                        text(certificate, "serialNumber"), flag(certificate, "trusted"))).toList(),
                instant(json, "claimedSigningTime", time), instant(timestamp, "time", time), text(timestamp, "tsa"),
                timestamp == null || !(timestamp.get("valid") instanceof JsonValue valid)
                        ? null : valid == JsonValue.TRUE,
                text(json, "level"), flag(json, "coversWholeDocument"), text(json, "modificationLevel"),
                values(changes, "changedPages").stream().filter(JsonNumber.class::isInstance)
                        .map(page -> ((JsonNumber) page).intValue()).toList(),
                strings(changes, "changedObjects"), changes == null || flag(changes, "allowedByCertification"),
                strings(json, "reasons"));
    }

    private static RegisterEntry registry(JsonObject json, Function<Instant, String> time) {
        return new RegisterEntry(number(json, "agreementId"), text(json, "number"), text(json, "registrationNumber"),
                text(json, "status"), json.get("revision") instanceof JsonNumber revision ? revision.intValue() : null,
                objects(json, "signatures").stream().map(signature -> new RecordedSignature(
                        (int) number(signature, "position"), text(signature, "signer"),
                        text(signature, "certificateSubject"), instant(signature, "signedAt", time),
                        text(signature, "level"))).toList());
    }

    private static JsonObject object(JsonObject json, String name) {
        return json != null && json.get(name) instanceof JsonObject object ? object : null;
    }

    private static List<JsonValue> values(JsonObject json, String name) {
        return json != null && json.get(name) instanceof JsonArray array ? array : List.of();
    }

    private static List<JsonObject> objects(JsonObject json, String name) {
        return values(json, name).stream().filter(JsonObject.class::isInstance).map(JsonObject.class::cast).toList();
    }

    private static List<String> strings(JsonObject json, String name) {
        return values(json, name).stream().filter(JsonString.class::isInstance)
                .map(value -> ((JsonString) value).getString()).toList();
    }

    private static String text(JsonObject json, String name) {
        if (json == null) {
            return "";
        }
        JsonValue value = json.get(name);
        if (value instanceof JsonString string) {
            return string.getString();
        }
        return value == null || value == JsonValue.NULL ? "" : value.toString();
    }

    private static long number(JsonObject json, String name) {
        return json != null && json.get(name) instanceof JsonNumber number ? number.longValue() : 0;
    }

    private static boolean flag(JsonObject json, String name) {
        return json != null && json.get(name) == JsonValue.TRUE;
    }

    private static String instant(JsonObject json, String name, Function<Instant, String> time) {
        String text = text(json, name);
        try {
            return text.isEmpty() ? "" : time.apply(Instant.parse(text));
        } catch (java.time.format.DateTimeParseException notAnInstant) {
            return text;
        }
    }
}
