package org.pactum.signing.entity;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A freshly made private key with its certificate, handed out only as a PKCS#12 file under a PIN.
 *
 * @param alias  the key's alias inside the PKCS#12
 * @param chain  its certificate first, its root last
 * @param pkcs12 the key and chain, opened by the PIN it was issued under
 */
public record IssuedKey(String alias, List<X509Certificate> chain, byte[] pkcs12) {

    public IssuedKey {
        chain = List.copyOf(chain);
        pkcs12 = pkcs12.clone();
    }

    public X509Certificate certificate() {
        return chain.getFirst();
    }

    @Override
    public byte[] pkcs12() {
        return pkcs12.clone();
    }
}
