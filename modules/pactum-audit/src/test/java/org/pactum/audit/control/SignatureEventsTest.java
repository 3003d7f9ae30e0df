package org.pactum.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pactum.domain.agreement.Agreement;
import org.pactum.domain.agreement.AgreementKind;
import org.pactum.domain.agreement.Term;
import org.pactum.domain.audit.AuditAction;
import org.pactum.domain.audit.AuditEvent;
import org.pactum.domain.audit.AuditRecord;
import org.pactum.domain.audit.ChainHead;
import org.pactum.domain.audit.CompletionCertificate;
import org.pactum.domain.audit.CompletionCertificate.SignatureEntry;
import org.pactum.domain.language.Language;
import org.pactum.fixtures.OmskPavlodar;
import org.pactum.fixtures.memory.AgreementsInMemory;
import org.pactum.fixtures.memory.PartiesInMemory;

class SignatureEventsTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void each_signature_event_becomes_an_entry_with_its_party_the_persons_name_and_the_certificate() {
        Agreement agreement = agreement();
        long omsk = agreement.parties().get(0).id();
        long pavlodar = agreement.parties().get(1).id();
        List<AuditEvent> events = chain(
                record(AuditAction.AGREEMENT_APPROVED, "approver", Map.of("number", "PA-2026-00017")),
                record(AuditAction.SIGNATURE_ADDED, "signer1", signature(1, omsk,
                        "CN=Соколов Алексей Викторович,O=Правительство Омской области,C=RU", "2026-12-01T10:05:00Z",
                        "2026-12-01T10:05:01Z", "PAdES-BASELINE-LTA", "a1".repeat(32))),
                record(AuditAction.AGREEMENT_SIGNED, "signer2", Map.of("number", "PA-2026-00017")),
                record(AuditAction.SIGNATURE_ADDED, "signer2", signature(2, pavlodar,
                        "O=Павлодар облысының әкімдігі,C=KZ", "2026-12-01T11:00:00Z", null, "PAdES-BASELINE-B",
                        "b2".repeat(32))));

        List<SignatureEntry> signatures = SignatureEvents.of(agreement, events);

        assertEquals(2, signatures.size());
        SignatureEntry first = signatures.getFirst();
        assertEquals(2, first.sequence());
        assertEquals(1, first.position());
        assertEquals(Optional.of(OmskPavlodar.OMSK_RU), first.party().in(Language.RU));
        assertEquals("Соколов Алексей Викторович", first.signer());
        assertEquals("CN=Pactum Demo Root CA,O=Pactum (demo),C=RU", first.certificateIssuer());
        assertEquals("1f2e", first.certificateSerial());
        assertEquals(Instant.parse("2026-12-01T10:05:00Z"), first.signedAt());
        assertEquals(Instant.parse("2026-12-01T10:05:01Z"), first.timestampedAt());
        assertEquals("PAdES-BASELINE-LTA", first.level());
        assertEquals("a1".repeat(32), first.documentSha256());
        SignatureEntry second = signatures.get(1);
        assertEquals("signer2", second.signer(), "a certificate without a common name: the username");
        assertEquals(Optional.of(OmskPavlodar.PAVLODAR_KK), second.party().in(Language.KK));
        assertNull(second.timestampedAt());
    }

    @Test
    void the_certificate_lists_the_signatures_in_its_json_form() {
        Agreement agreement = agreement();
        List<AuditEvent> events = chain(record(AuditAction.SIGNATURE_ADDED, "signer1", signature(1,
                agreement.parties().getFirst().id(), "CN=Соколов А. В.,C=RU", "2026-12-01T10:05:00Z", null,
                "PAdES-BASELINE-B", "c3".repeat(32))));

        CompletionCertificate certificate = CompletionCertificate.of(agreement, events,
                SignatureEvents.of(agreement, events), null, new CompletionCertificate.ChainCheck(true, 1, 0), T0,
                "auditor");

        String json = certificate.canonicalJson();
        assertEquals(1, certificate.signatures().size());
        assertTrue(json.contains("\"signatures\":[{\"certificateIssuer\":\"CN=Pactum Demo Root CA"), json);
        assertTrue(json.contains("\"signer\":\"Соколов А. В.\""), json);
        assertTrue(json.contains("\"signedAt\":\"2026-12-01T10:05:00.000000Z\""), json);
    }

    @Test
    void an_event_without_details_gives_an_entry_of_what_is_known() {
        Agreement agreement = agreement();
        List<AuditEvent> events = chain(record(AuditAction.SIGNATURE_IMPORTED, "signer1", Map.of()));

        SignatureEntry entry = SignatureEvents.of(agreement, events).getFirst();

        assertEquals("signer1", entry.signer());
        assertNull(entry.signedAt());
        assertEquals(Optional.empty(), entry.party().in(Language.RU));
    }

    private static Agreement agreement() {
        Agreement agreement = OmskPavlodar.agreement(AgreementKind.SISTER_CITY_AGREEMENT,
                List.of(Language.RU, Language.KK), new Term(null, 5, true));
        PartiesInMemory parties = new PartiesInMemory();
        agreement.parties().forEach(parties::add);
        return new AgreementsInMemory().add(agreement);
    }

    private static Map<String, Object> signature(int position, long partyId, String subject, String signedAt,
                                                 String timestampedAt, String level, String documentSha256) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("number", "PA-2026-00017");
        details.put("position", position);
        details.put("partyId", partyId);
        details.put("keyOrigin", "SERVER");
        details.put("certificateSubject", subject);
        details.put("certificateSerial", "1f2e");
        details.put("certificateSha256", "ee".repeat(32));
        details.put("certificateIssuer", "CN=Pactum Demo Root CA,O=Pactum (demo),C=RU");
        details.put("signedAt", signedAt);
        details.put("timestampedAt", timestampedAt);
        details.put("level", level);
        details.put("documentSha256", documentSha256);
        details.put("basedOnSha256", "00".repeat(32));
        return details;
    }

    private static AuditRecord record(AuditAction action, String actor, Map<String, Object> details) {
        return new AuditRecord(action, actor, Set.of("SIGNER"), 17L, 9L, "ab".repeat(32), details, "127.0.0.1");
    }

    private static List<AuditEvent> chain(AuditRecord... records) {
        ChainHead head = ChainHead.genesis();
        List<AuditEvent> events = new ArrayList<>();
        for (AuditRecord record : records) {
            events.add(head.append(record, T0.plusSeconds(events.size())));
        }
        return events;
    }
}
