package org.pactum.signing.control;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * What a key must sign for one document: the DER of the CMS signed attributes ({@link #signedAttributes()}), built
 * over the document's digest for the signer's certificate chain, with the algorithm that certificate's key asks for.
 */
public record DataToSign(List<X509Certificate> chain, SigningAlgorithm algorithm, byte[] documentDigest,
                         byte[] signedAttributes) {

    public DataToSign {
        chain = List.copyOf(chain);
        documentDigest = documentDigest.clone();
        signedAttributes = signedAttributes.clone();
    }

    @Override
    public byte[] documentDigest() {
        return documentDigest.clone();
    }

    /** The bytes the key signs (external tools sign these, or the hash of them). */
    @Override
    public byte[] signedAttributes() {
        return signedAttributes.clone();
    }

    public X509Certificate signer() {
        return chain.getFirst();
    }
}
