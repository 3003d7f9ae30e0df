package org.pactum.signing.control;

import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;

/** What an end-entity certificate is for, which fixes its key usage and, for a time-stamping unit, its extended usage. */
public enum CertificatePurpose {

    /** An official signing documents: digitalSignature and nonRepudiation. */
    DOCUMENT_SIGNING(KeyUsage.digitalSignature | KeyUsage.nonRepudiation, null),
    /** An organisation's seal (the platform's, on certificates of completion): the same usage, an organisation's name. */
    SEAL(KeyUsage.digitalSignature | KeyUsage.nonRepudiation, null),
    /** A time-stamping unit (RFC 3161): digitalSignature and the critical extended usage id-kp-timeStamping alone. */
    TIMESTAMPING(KeyUsage.digitalSignature, KeyPurposeId.id_kp_timeStamping);

    private final int keyUsage;
    private final KeyPurposeId extendedUsage;

    CertificatePurpose(int keyUsage, KeyPurposeId extendedUsage) {
        this.keyUsage = keyUsage;
        this.extendedUsage = extendedUsage;
    }

    KeyUsage keyUsage() {
        return new KeyUsage(keyUsage);
    }

    /** The one extended key usage to mark critical, or null for none. */
    KeyPurposeId extendedUsage() {
        return extendedUsage;
    }
}
