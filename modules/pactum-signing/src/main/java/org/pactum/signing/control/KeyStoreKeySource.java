package org.pactum.signing.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A key held in memory, opened from a PKCS#12 file with its PIN; the PIN itself is not kept. */
public final class KeyStoreKeySource implements KeySource {

    private final PrivateKey key;
    private final List<X509Certificate> chain;

    private KeyStoreKeySource(PrivateKey key, List<X509Certificate> chain) {
        this.key = key;
        this.chain = List.copyOf(chain);
    }

    /** Opens the first private key entry of a PKCS#12 file. */
    public static KeyStoreKeySource openPkcs12(byte[] pkcs12, char[] pin) {
        KeyStore store;
        try {
            store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(pkcs12), pin);
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw new WrongPinException();
            }
            throw new UnusableKeyException("The key store cannot be read as PKCS#12: " + e.getMessage());
        } catch (GeneralSecurityException e) {
            throw new UnusableKeyException("The key store cannot be read as PKCS#12: " + e.getMessage());
        }
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias) && store.getKey(alias, pin) instanceof PrivateKey key) {
                    return new KeyStoreKeySource(key, x509(store.getCertificateChain(alias)));
                }
            }
        } catch (UnrecoverableKeyException e) {
            throw new WrongPinException();
        } catch (GeneralSecurityException e) {
            throw new UnusableKeyException("The key cannot be taken from the key store: " + e.getMessage());
        }
        throw new UnusableKeyException("The key store holds no private key with its certificate");
    }

    @Override
    public List<X509Certificate> certificateChain() {
        return chain;
    }

    @Override
    public byte[] sign(byte[] dataToSign, SigningAlgorithm algorithm) {
        try {
            Signature signature = Signature.getInstance(algorithm.jcaName());
            signature.initSign(key);
            signature.update(dataToSign);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new UnusableKeyException("The key cannot sign with " + algorithm.jcaName() + ": " + e.getMessage());
        }
    }

    private static List<X509Certificate> x509(Certificate[] chain) {
        if (chain == null || chain.length == 0) {
            throw new UnusableKeyException("The key store holds a private key without its certificate");
        }
        List<X509Certificate> certificates = new ArrayList<>();
        for (Certificate certificate : chain) {
            if (!(certificate instanceof X509Certificate x509)) {
                throw new UnusableKeyException("The key's certificate is not an X.509 certificate");
            }
            certificates.add(x509);
        }
        return certificates;
    }
}
