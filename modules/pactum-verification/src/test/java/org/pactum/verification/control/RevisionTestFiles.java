package org.pactum.verification.control;

import java.io.ByteArrayOutputStream;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfStamper;
import org.pactum.domain.language.Language;
import org.pactum.pdf.agreement.AgreementPdf;
import org.pactum.pdf.agreement.SampleAgreements;
import org.pactum.signing.control.CertificateAuthority;
import org.pactum.signing.control.CertificatePurpose;
import org.pactum.signing.control.CertificateSubject;
import org.pactum.signing.control.KeyPairs;
import org.pactum.signing.control.KeySource;
import org.pactum.signing.control.KeyStoreKeySource;
import org.pactum.signing.control.LocalTimestampAuthority;
import org.pactum.signing.control.LongTermMaterial;
import org.pactum.signing.control.PadesSigning;
import org.pactum.signing.control.Pkcs12;
import org.pactum.signing.control.SignatureOptions;
import org.pactum.signing.control.Timestamping;
import org.pactum.verification.entity.TrustMaterial;

/**
 * Real files signed by Pactum's own signing path (a test PKI made in process): the sample agreement certified by
 * party 1 (DocMDP P=2), then signed by party 2, and extended with a security store and a document timestamp.
 */
final class RevisionTestFiles {

    private static final char[] PIN = "demo".toCharArray();
    private static final Instant FIRST_AT = Instant.parse("2026-12-01T10:00:00Z");
    private static final Instant SECOND_AT = Instant.parse("2026-12-02T11:30:00Z");
    private static final List<Language> LANGUAGES = List.of(Language.RU, Language.KK);

    static final byte[] AGREEMENT = AgreementPdf.render(SampleAgreements.omskPavlodar(false)).pdf();

    private static final Instant NOW = Instant.now();
    private static final CertificateAuthority ROOT = CertificateAuthority.root("CN=Revision Test Root,O=Pactum Tests",
            KeyPairs.rsa2048(), NOW.minus(1, ChronoUnit.DAYS), NOW.plus(3650, ChronoUnit.DAYS));
    private static final KeyPair OMSK_KEYS = KeyPairs.ecP256();
    private static final KeyPair PAVLODAR_KEYS = KeyPairs.ecP256();
    private static final KeyPair TSA_KEYS = KeyPairs.ecP256();
    private static final X509Certificate OMSK = issue(OMSK_KEYS, "Omsk Head", CertificatePurpose.DOCUMENT_SIGNING);
    private static final X509Certificate PAVLODAR = issue(PAVLODAR_KEYS, "Pavlodar Akim",
            CertificatePurpose.DOCUMENT_SIGNING);
    private static final LocalTimestampAuthority TSA = new LocalTimestampAuthority(TSA_KEYS.getPrivate(),
            List.of(issue(TSA_KEYS, "Revision Test TSA", CertificatePurpose.TIMESTAMPING), ROOT.certificate()),
            "1.3.6.1.4.1.99999.1", Clock.systemUTC());

    /** Party 1's certifying signature, timestamped. */
    static final byte[] CERTIFIED = PadesSigning.sign(AGREEMENT,
            new SignatureOptions("party-1", FIRST_AT, LANGUAGES, true), key(OMSK_KEYS, OMSK),
            Timestamping.required(TSA)).pdf();

    /** Party 2 signs after party 1. */
    static final byte[] SIGNED_BY_BOTH = PadesSigning.sign(CERTIFIED,
            new SignatureOptions("party-2", SECOND_AT, LANGUAGES, false), key(PAVLODAR_KEYS, PAVLODAR),
            Timestamping.required(TSA)).pdf();

    /** Party 2's approval signature alone, certifying nothing. */
    static byte[] signedByParty2Only() {
        return PadesSigning.sign(AGREEMENT, new SignatureOptions("party-2", SECOND_AT, LANGUAGES, false),
                key(PAVLODAR_KEYS, PAVLODAR), Timestamping.none()).pdf();
    }

    /** Party 1's signature, then a security store and a document timestamp (B-LTA). */
    static byte[] extended() {
        LongTermMaterial material = new LongTermMaterial(
                List.of(OMSK, TSA.certificateChain().getFirst(), ROOT.certificate()),
                List.of(ROOT.crl(NOW.minus(1, ChronoUnit.HOURS), NOW.plus(7, ChronoUnit.DAYS))), List.of());
        return PadesSigning.extend(CERTIFIED, material, Optional.of(TSA)).pdf();
    }

    /** Party 1's approval signature in its box, certifying nothing. */
    static byte[] approvedByParty1() {
        return PadesSigning.sign(AGREEMENT, new SignatureOptions("party-1", FIRST_AT, LANGUAGES, false),
                key(OMSK_KEYS, OMSK), Timestamping.required(TSA)).pdf();
    }

    /** Party 1 certifies {@code pdf} (P=2) as Pactum does, in its box. */
    static byte[] certify(byte[] pdf) {
        return PadesSigning.sign(pdf, new SignatureOptions("party-1", FIRST_AT, LANGUAGES, true),
                key(OMSK_KEYS, OMSK), Timestamping.required(TSA)).pdf();
    }

    /** Party 2 signs {@code pdf} in the field {@code field}, with its stamp when the field is a box on a page. */
    static byte[] signAsParty2(byte[] pdf, String field, boolean visible) {
        return PadesSigning.sign(pdf, new SignatureOptions(field, SECOND_AT, visible ? LANGUAGES : List.of(), false),
                party2Key(), Timestamping.required(TSA)).pdf();
    }

    static KeySource party2Key() {
        return key(PAVLODAR_KEYS, PAVLODAR);
    }

    static LocalTimestampAuthority tsa() {
        return TSA;
    }

    /** The test root as the only anchor, with its current CRL, as the trust store would hand them over. */
    static TrustMaterial trust() {
        return new TrustMaterial(List.of(ROOT.certificate()),
                List.of(ROOT.crl(Instant.now().minus(1, ChronoUnit.HOURS), Instant.now().plus(7, ChronoUnit.DAYS))));
    }

    /** An incremental update appended with OpenPDF, as an attacker would make it. */
    static byte[] append(byte[] pdf, Update update) {
        try (PdfReader reader = new PdfReader(pdf)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PdfStamper stamper = new PdfStamper(reader, out, null, true);
            update.apply(reader, stamper);
            stamper.close();
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException("could not append the update", e);
        }
    }

    @FunctionalInterface
    interface Update {
        void apply(PdfReader reader, PdfStamper stamper) throws Exception;
    }

    private static X509Certificate issue(KeyPair keys, String name, CertificatePurpose purpose) {
        return ROOT.issue(keys.getPublic(), new CertificateSubject(name, "Pactum Tests", "RU"),
                NOW.minus(1, ChronoUnit.DAYS), NOW.plus(365, ChronoUnit.DAYS), purpose);
    }

    private static KeySource key(KeyPair keys, X509Certificate certificate) {
        return KeyStoreKeySource.openPkcs12(
                Pkcs12.write("signer", keys.getPrivate(), List.of(certificate, ROOT.certificate()), PIN), PIN);
    }

    private RevisionTestFiles() {
    }
}
