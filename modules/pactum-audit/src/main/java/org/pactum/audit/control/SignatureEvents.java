package org.pactum.audit.control;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;

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
        JsonObject details = EventDetails.read(event.details());
        String subject = EventDetails.text(details, "certificateSubject");
        LocalizedText party = number(details, "partyId").map(JsonNumber::longValue).map(parties::get).orElse(null);
        return new SignatureEntry(event.sequence(), number(details, "position").map(JsonNumber::intValue).orElse(0),
                party, commonName(subject).orElse(event.actor()), subject,
                EventDetails.text(details, "certificateSerial"), EventDetails.text(details, "certificateIssuer"),
                EventDetails.instant(details, "signedAt"), EventDetails.instant(details, "timestampedAt"),
                EventDetails.text(details, "level"), EventDetails.text(details, "documentSha256"));
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

    private static Optional<JsonNumber> number(JsonObject details, String name) {
        return EventDetails.value(details, name, JsonNumber.class, Function.identity());
    }
}
