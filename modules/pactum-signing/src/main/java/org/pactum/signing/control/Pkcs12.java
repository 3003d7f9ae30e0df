package org.pactum.signing.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/** A private key and its chain written as a PKCS#12 file under a PIN, as {@link KeyStoreKeySource#openPkcs12} reads it. */
public final class Pkcs12 {

    private Pkcs12() {
    }

    /**
     * @param chain the key's certificate first, then its issuers up to the root
     * @return the PKCS#12 bytes, the key and the file protected by {@code pin}
     */
    public static byte[] write(String alias, PrivateKey key, List<X509Certificate> chain, char[] pin) {
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a key is kept with its certificate");
        }
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(alias, key, pin, chain.toArray(X509Certificate[]::new));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.store(out, pin);
            return out.toByteArray();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Could not write the PKCS#12 file for " + alias, e);
        }
    }
}
