package org.pactum.verification.control;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.pactum.verification.entity.ChainCertificate;
import org.pactum.verification.entity.Indication;
import org.pactum.verification.entity.SignatureLevel;
import org.pactum.verification.entity.SignatureReport;
import org.pactum.verification.entity.SubIndication;
import org.pactum.verification.entity.TimestampReport;

/**
 * The checks on one CAdES/PKCS#7 signature of a PDF, in the order EU DSS applies them: format, signer certificate,
 * hash, cryptography, signing-certificate binding, chain, validity at the proven time, key usage, revocation. A
 * TOTAL_FAILED finding outranks an INDETERMINATE one; every finding becomes a reason.
 */
final class SignatureAssessment {

    private static final String CADES = "ETSI.CAdES.detached";

    private final byte[] pdf;
    private final SignatureField field;
    private final TrustContext trust;
    private final List<Finding> findings = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private X509Certificate signer;
    private List<ChainCertificate> chain = List.of();
    private TimestampReport timestamp;
    private SignatureLevel level = SignatureLevel.NOT_ADES;
    private CertificatePath authorityPath;
    private List<String> revocation = List.of();

    private SignatureAssessment(byte[] pdf, SignatureField field, TrustContext trust) {
        this.pdf = pdf;
        this.field = field;
        this.trust = trust;
    }

    /** The report on {@code field}; {@code archivedAfter} says whether a valid document time-stamp follows it. */
    static SignatureReport assess(byte[] pdf, SignatureField field, TrustContext trust, boolean archivedAfter) {
        SignatureAssessment assessment = new SignatureAssessment(pdf, field, trust);
        try {
            assessment.run(archivedAfter);
        } catch (RuntimeException e) {
            // Whatever a crafted signature makes the parsers throw, it is a failed signature, not an error.
            assessment.findings.add(Finding.failed(SubIndication.FORMAT_FAILURE,
                    "The signature cannot be processed: " + e));
            assessment.level = SignatureLevel.NOT_ADES;
        }
        return assessment.report();
    }

    private void run(boolean archivedAfter) {
        Optional<String> malformed = ByteRangeCheck.problem(pdf, field.byteRange(), field.contents());
        if (malformed.isPresent()) {
            findings.add(Finding.failed(SubIndication.FORMAT_FAILURE, malformed.get()));
            return;
        }
        CMSSignedData cms;
        SignerInformation signerInfo;
        try {
            cms = PaddedCms.read(field.contents());
            if (cms.getSignerInfos().size() != 1) {
                findings.add(Finding.failed(SubIndication.FORMAT_FAILURE, "The CMS holds "
                        + cms.getSignerInfos().size() + " signers instead of one"));
                return;
            }
            signerInfo = cms.getSignerInfos().iterator().next();
        } catch (Exception e) {
            findings.add(Finding.failed(SubIndication.FORMAT_FAILURE, "The /Contents is not a CMS signature: "
                    + e.getMessage()));
            return;
        }
        List<X509Certificate> carried = certificates(cms);
        signer = carried.stream().filter(c -> signerInfo.getSID().match(TimestampCheck.holder(c))).findFirst()
                .orElse(null);
        if (signer == null) {
            findings.add(Finding.indeterminate(SubIndication.NO_SIGNING_CERTIFICATE_FOUND,
                    "The CMS does not carry the certificate its signer names"));
            return;
        }
        AttributeTable signed = signerInfo.getSignedAttributes();
        if (signed == null || signed.get(CMSAttributes.messageDigest) == null) {
            findings.add(Finding.failed(SubIndication.FORMAT_FAILURE, "The CMS has no signed messageDigest attribute"));
            return;
        }
        if (!hashAndCryptography(signerInfo, signed)) {
            return;
        }
        Optional<String> unbound = SigningCertificateBinding.problem(signed, signer);
        unbound.ifPresent(reason -> findings.add(Finding.indeterminate(SubIndication.NO_SIGNING_CERTIFICATE_FOUND,
                reason)));
        if (unbound.isEmpty() && CADES.equals(field.subFilter())) {
            level = SignatureLevel.PADES_BASELINE_B;
        } else if (unbound.isEmpty()) {
            notes.add("Not PAdES: the sub-filter is " + field.subFilter() + ", not " + CADES);
        }
        Instant stamped = signatureTimestamp(signerInfo, carried);
        CertificatePath path = CertificatePath.build(signer, pool(trust, carried), trust.anchors());
        chain = path.certificates().stream().map(c -> new ChainCertificate(CertificateNames.subject(c),
                c.getSerialNumber(), trust.anchors().contains(c))).toList();
        if (!path.trusted()) {
            findings.add(Finding.indeterminate(SubIndication.NO_CERTIFICATE_CHAIN_FOUND,
                    "The signer's certificate does not chain to a configured trust anchor"));
            return;
        }
        validity(path, stamped);
        keyUsage();
        List<X509CRL> documentCrls = new ArrayList<>(trust.storedCrls());
        documentCrls.addAll(EmbeddedRevocation.crls(cms, signerInfo));
        List<OcspResponse> documentOcsp = new ArrayList<>(trust.storedOcspResponses());
        documentOcsp.addAll(EmbeddedRevocation.ocspResponses(cms, signerInfo));
        RevocationCheck.Outcome revoked = RevocationCheck.check(path, new RevocationCheck.Sources(documentCrls,
                trust.configuredCrls(), documentOcsp, trust.online(), trust.validationTime()), stamped,
                field.claimedTime());
        revoked.finding().ifPresent(findings::add);
        revocation = revoked.sources();
        raiseLevel(path, stamped, archivedAfter);
    }

    private boolean hashAndCryptography(SignerInformation signerInfo, AttributeTable signed) {
        String digestOid = signerInfo.getDigestAlgOID();
        Optional<String> jdkName = RangeDigest.jdkName(digestOid);
        if (jdkName.isEmpty()) {
            findings.add(Finding.indeterminate(SubIndication.CRYPTO_CONSTRAINTS_FAILURE,
                    "The digest algorithm " + digestOid + " is not accepted"));
            return false;
        }
        byte[] computed = trust.digests().range(field.byteRange(), jdkName.get());
        Attribute messageDigest = signed.get(CMSAttributes.messageDigest);
        byte[] claimed = ASN1OctetString.getInstance(messageDigest.getAttrValues().getObjectAt(0)).getOctets();
        if (!MessageDigest.isEqual(computed, claimed)) {
            findings.add(Finding.failed(SubIndication.HASH_FAILURE,
                    "The signed bytes do not match the CMS messageDigest: the document was changed"));
            return false;
        }
        try {
            CMSSignedData withDigest = new CMSSignedData(Map.of(new ASN1ObjectIdentifier(digestOid), computed),
                    PaddedCms.contentInfo(field.contents()));
            SignerInformation again = withDigest.getSignerInfos().iterator().next();
            if (again.verify(SignerVerifiers.of(signer))) {
                return true;
            }
        } catch (Exception e) {
            findings.add(Finding.failed(SubIndication.SIG_CRYPTO_FAILURE,
                    "The CMS signature does not verify with the signer's key: " + e.getMessage()));
            return false;
        }
        findings.add(Finding.failed(SubIndication.SIG_CRYPTO_FAILURE,
                "The CMS signature does not verify with the signer's key"));
        return false;
    }

    /** The time a valid signature time-stamp proves, or null. */
    private Instant signatureTimestamp(SignerInformation signerInfo, List<X509Certificate> carried) {
        AttributeTable unsigned = signerInfo.getUnsignedAttributes();
        Attribute token = unsigned == null ? null
                : unsigned.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        if (token == null) {
            return null;
        }
        byte[] encoded;
        try {
            encoded = token.getAttrValues().getObjectAt(0).toASN1Primitive().getEncoded();
        } catch (java.io.IOException e) {
            notes.add("The signature time-stamp cannot be read");
            return null;
        }
        byte[] signatureValue = signerInfo.getSignature();
        Optional<TimestampCheck.Outcome> outcome = TimestampCheck.check(encoded,
                name -> RangeDigest.of(signatureValue, name), pool(trust, carried), trust.anchors());
        if (outcome.isEmpty()) {
            notes.add("The signature time-stamp cannot be read");
            return null;
        }
        timestamp = outcome.get().report();
        authorityPath = outcome.get().authorityPath().orElse(null);
        outcome.get().problem().ifPresent(problem -> notes.add("The signature time-stamp is not valid: " + problem));
        return timestamp.valid() ? timestamp.time() : null;
    }

    private void validity(CertificatePath path, Instant stamped) {
        Instant at = stamped != null ? stamped : trust.validationTime();
        for (X509Certificate certificate : path.certificates()) {
            String subject = CertificateNames.subject(certificate);
            if (at.isBefore(certificate.getNotBefore().toInstant())) {
                findings.add(Finding.indeterminate(SubIndication.NOT_YET_VALID, "The certificate " + subject
                        + " was not yet valid at " + at));
            } else if (at.isAfter(certificate.getNotAfter().toInstant())) {
                findings.add(stamped != null
                        ? Finding.indeterminate(SubIndication.EXPIRED, "The certificate " + subject
                        + " had expired at the time-stamp " + at)
                        : Finding.indeterminate(SubIndication.OUT_OF_BOUNDS_NO_POE, "The certificate " + subject
                        + " has expired at the validation time " + at + " and no time-stamp proves the signature"
                        + " existed before"));
            }
        }
    }

    private void keyUsage() {
        boolean[] usage = signer.getKeyUsage();
        if (usage != null && !(usage[0] || usage.length > 1 && usage[1])) {
            findings.add(Finding.indeterminate(SubIndication.CHAIN_CONSTRAINTS_FAILURE, "The signer's certificate"
                    + " is not for digital signatures or non-repudiation"));
        }
    }

    private void raiseLevel(CertificatePath path, Instant stamped, boolean archivedAfter) {
        if (level == SignatureLevel.NOT_ADES) {
            return;
        }
        if (stamped == null) {
            notes.add("Level B: no valid signature time-stamp");
            return;
        }
        level = SignatureLevel.PADES_BASELINE_T;
        if (!RevocationCheck.covers(path, trust.storedCrls(), trust.storedOcspResponses()) || authorityPath == null
                || !RevocationCheck.covers(authorityPath, trust.storedCrls(), trust.storedOcspResponses())) {
            notes.add("Level T: the document security store lacks revocation data for the signer's or the"
                    + " time-stamping authority's chain");
            return;
        }
        level = SignatureLevel.PADES_BASELINE_LT;
        if (archivedAfter) {
            level = SignatureLevel.PADES_BASELINE_LTA;
        }
    }

    private static List<X509Certificate> certificates(CMSSignedData cms) {
        List<X509Certificate> certificates = new ArrayList<>();
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
        for (X509CertificateHolder holder : cms.getCertificates().getMatches(null)) {
            try {
                certificates.add(converter.getCertificate(holder));
            } catch (GeneralSecurityException e) {
                // an unreadable certificate is left out: it can only shorten the chain
            }
        }
        return certificates;
    }

    private SignatureReport report() {
        Optional<Finding> decisive = findings.stream().filter(f -> f.indication() == Indication.TOTAL_FAILED)
                .findFirst().or(() -> findings.stream().findFirst());
        List<String> reasons = new ArrayList<>(findings.stream().map(Finding::reason).toList());
        reasons.addAll(notes);
        long[] range = field.byteRange() == null ? new long[0] : field.byteRange();
        return new SignatureReport(field.name(), decisive.map(Finding::indication).orElse(Indication.TOTAL_PASSED),
                decisive.map(Finding::subIndication).orElse(null), signer == null ? null : CertificateNames.commonName(signer), chain,
                field.claimedTime(), timestamp, level, range.length == 4 && field.end() == pdf.length,
                Arrays.stream(range).boxed().toList(), reasons, revocation);
    }


    /**
     * What the signatures of one document are checked against, and the digests of that document's ranges;
     * {@code online} is the responder client when the verifier may ask OCSP responders, empty when it is offline.
     */
    record TrustContext(List<X509Certificate> anchors, List<X509CRL> configuredCrls,
                        List<X509Certificate> storedCertificates, List<X509CRL> storedCrls, Instant validationTime,
                        List<OcspResponse> storedOcspResponses, Optional<OnlineOcsp> online, FileDigests digests) {
    }

    static Collection<X509Certificate> pool(TrustContext trust, List<X509Certificate> more) {
        List<X509Certificate> pool = new ArrayList<>(more);
        pool.addAll(trust.storedCertificates());
        return pool;
    }
}
