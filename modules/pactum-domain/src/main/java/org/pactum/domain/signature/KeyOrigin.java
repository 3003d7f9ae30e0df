package org.pactum.domain.signature;

/** Where the key that made a signature was when it signed. */
public enum KeyOrigin {
    /** A key the server holds for the signer (a PKCS#12 file or a PKCS#11 token slot), opened with the PIN typed. */
    SERVER,
    /** A PKCS#12 file the signer uploaded with its PIN for this one signature; never kept. */
    UPLOADED,
    /** A key outside Pactum: the signer's own tool signed the digest Pactum handed out and returned a CMS. */
    EXTERNAL,
    /** A signature made elsewhere on Pactum's signed PDF and brought back as a counter-signed PDF. */
    IMPORTED
}
