package org.pactum.web.verification.page;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The report's JSON as the boundary answers it, read into what the pages show. */
class ReportReadingTest {

    private static final String REPORT = """
            {"id":"4f2a","indication":"TOTAL_FAILED","signatures":[{"fieldName":"party-1","indication":"TOTAL_FAILED",
            "subIndication":"HASH_FAILURE","signedBy":"Соколов Алексей Викторович","chain":[{"subject":"CN=Соколов",
            "serialNumber":"0A","trusted":false},{"subject":"CN=Root","serialNumber":"01","trusted":true}],
            "claimedSigningTime":"2026-12-01T10:00:00Z","timestamp":{"time":"2026-12-01T10:00:02Z","tsa":"CN=TSA",
            "valid":true},"level":"PAdES-BASELINE-T","coversWholeDocument":false,"byteRange":[0,10,20,30],
            "modificationLevel":"OTHER","modifications":{"changedObjects":["12 0 obj (Page 2 /Contents): changed"],
            "changedPages":[2],"allowedByCertification":false,"docMdpPermission":"2"},"reasons":["digest differs"],
            "somethingNew":1}],"documentTimestamps":[],"document":{"sha256":"ab","size":90000,"revisions":3,
            "registry":{"agreementId":7,"number":"PA-2026-00017","registrationNumber":null,"status":"SIGNED",
            "revision":3,"signatures":[{"position":1,"signer":"signer1","certificateSubject":"CN=Соколов",
            "signedAt":"2026-12-01T10:00:00Z","level":"B-LTA","documentSha256":"cd"}]}},
            "validationTime":"2026-12-06T20:00:00Z","policy":"pactum-pades-1","requestedBy":"auditor"}
            """;

    @Test
    void a_report_reads_with_each_signature_what_changed_after_it_and_the_register_entry() {
        ReportView report = ReportReading.read(REPORT, true, Instant::toString);
        SignatureView signature = report.signatures().getFirst();
        assertAll(
                () -> assertEquals(Verdict.FAILED, report.verdict()),
                () -> assertEquals("failed", report.verdict().tone()),
                () -> assertEquals("HASH_FAILURE", signature.subIndication()),
                () -> assertEquals(List.of(new ChainLine("CN=Соколов", "0A", false), new ChainLine("CN=Root", "01", true)),
                        signature.chain()),
                () -> assertEquals("2026-12-01T10:00:02Z", signature.signingTime(), "the time-stamp's time first"),
                () -> assertTrue(signature.timestampValid()),
                () -> assertEquals("OTHER", signature.modificationLevel()),
                () -> assertEquals("2", signature.changedPagesText()),
                () -> assertFalse(signature.allowedByCertification()),
                () -> assertEquals(List.of("digest differs"), signature.reasons()),
                () -> assertEquals(7, report.registry().agreementId()),
                () -> assertEquals("", report.registry().registrationNumber(), "null reads as empty"),
                () -> assertEquals("signer1", report.registry().signatures().getFirst().signer()),
                () -> assertEquals(3, report.revisions()));
    }

    @Test
    void a_document_pactum_never_kept_has_no_register_entry_and_a_file_without_signatures_is_undecided() {
        ReportView report = ReportReading.read("""
                {"id":"1","indication":"NO_SIGNATURE_FOUND","signatures":[],"documentTimestamps":[],
                "document":{"sha256":"ab","size":1,"revisions":1,"registry":null},"validationTime":"x","policy":"p"}
                """, false, Instant::toString);
        assertAll(
                () -> assertNull(report.registry()),
                () -> assertFalse(report.hasRegistry()),
                () -> assertEquals(Verdict.UNDECIDED, report.verdict()),
                () -> assertEquals("x", report.validationTime(), "a time that is none is shown as it stands"));
    }
}
