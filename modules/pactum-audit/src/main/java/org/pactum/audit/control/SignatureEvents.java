package org.pactum.audit.control;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.pactum.domain.agreement.Agreement;
import org.pactum.domain.audit.AuditAction;
import org.pactum.domain.audit.AuditEvent;
import org.pactum.domain.audit.CompletionCertificate.SignatureEntry;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.party.Party;

/**
 * Reads the signatures of an agreement out of its audit events, so that a certificate of completion lists them as the
 * trail recorded them: what a signature event's details say, with the party's name from the agreement and the
 * signer's name from the certificate's subject. Details an older event lacks stay empty.
 */
public final class SignatureEvents {

    private static final Set<String> SIGNATURES = Set.of(AuditAction.SIGNATURE_ADDED.code(),
            AuditAction.SIGNATURE_IMPORTED.code());

    private SignatureEvents() {
    }

    /** @param events the agreement's events in sequence order */
    public static List<SignatureEntry> of(Agreement agreement, List<AuditEvent> events) {
        Map<Long, LocalizedText> parties = agreement.parties().stream().filter(party -> party.id() != null)
                .collect(Collectors.toMap(Party::id, Party::organization, (first, second) -> first));
        return events.stream().filter(event -> SIGNATURES.contains(event.action()))
                .map(event -> entry(event, parties)).toList();
    }

    private static SignatureEntry entry(AuditEvent event, Map<Long, LocalizedText> parties) {
        JsonObject details = read(event.details());
        String subject = text(details, "certificateSubject");
        LocalizedText party = number(details, "partyId").map(JsonNumber::longValue).map(parties::get).orElse(null);
        return new SignatureEntry(event.sequence(), number(details, "position").map(JsonNumber::intValue).orElse(0),
                party, commonName(subject).orElse(event.actor()), subject, text(details, "certificateSerial"),
                text(details, "certificateIssuer"), instant(details, "signedAt"), instant(details, "timestampedAt"),
                text(details, "level"), text(details, "documentSha256"));
    }

    /** The common name of an RFC 4514 name: for a signer's certificate, the person's name. */
    static Optional<String> commonName(String subject) {
        if (subject == null || subject.isBlank()) {
            return Optional.empty();
        }
        try {
            return new LdapName(subject).getRdns().reversed().stream().filter(rdn -> rdn.getType().equalsIgnoreCase("CN"))
                    .map(Rdn::getValue).map(String::valueOf).filter(name -> !name.isBlank()).findFirst();
        } catch (InvalidNameException e) {
            return Optional.empty();
        }
    }

    private static JsonObject read(String details) {
        if (details == null || details.isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        try (JsonReader reader = Json.createReader(new StringReader(details))) {
            return reader.readObject();
        }
    }

    private static String text(JsonObject details, String name) {
        return value(details, name, JsonString.class, JsonString::getString).orElse(null);
    }

    private static Optional<JsonNumber> number(JsonObject details, String name) {
        return value(details, name, JsonNumber.class, Function.identity());
    }

    private static Instant instant(JsonObject details, String name) {
        return Optional.ofNullable(text(details, name)).map(Instant::parse).orElse(null);
    }

    private static <J extends JsonValue, T> Optional<T> value(JsonObject details, String name, Class<J> type,
                                                              Function<J, T> reading) {
        JsonValue value = details.get(name);
        return type.isInstance(value) ? Optional.of(reading.apply(type.cast(value))) : Optional.empty();
    }
}
