package org.pactum.signing.control;

import java.security.cert.X509Certificate;
import java.util.List;

/** Where a signer's key lives: it names its certificate chain and signs the data to sign, nothing more. */
public interface KeySource {

    /** The signer's certificate first, then its issuers as far as known. */
    List<X509Certificate> certificateChain();

    /** The signature value over {@code dataToSign} (the signed attributes' DER) with the algorithm the key asks for. */
    byte[] sign(byte[] dataToSign, SigningAlgorithm algorithm);
}
