package org.pactum.signing.control;

import org.pactum.domain.signature.WrongPinException;
import org.pactum.domain.signature.UnusableKeyException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.AuthProvider;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Security;
import java.security.Signature;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A key opened with its PIN, which is not kept: from a PKCS#12 file (the key then held in memory) or on a PKCS#11
 * token slot (the key never leaves the token; the token signs).
 */
public final class KeyStoreKeySource implements KeySource {

    private static final String PIN_INCORRECT = "CKR_PIN_INCORRECT";

    private final PrivateKey key;
    private final List<X509Certificate> chain;
    /** The provider that holds the key, when only it can sign with it (a token's); otherwise any provider signs. */
    private final Optional<Provider> provider;

    private KeyStoreKeySource(PrivateKey key, List<X509Certificate> chain, Optional<Provider> provider) {
        this.key = key;
        this.chain = List.copyOf(chain);
        this.provider = provider;
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
                    return new KeyStoreKeySource(key, x509(store.getCertificateChain(alias)), Optional.empty());
                }
            }
        } catch (UnrecoverableKeyException e) {
            throw new WrongPinException();
        } catch (GeneralSecurityException e) {
            throw new UnusableKeyException("The key cannot be taken from the key store: " + e.getMessage());
        }
        throw new UnusableKeyException("The key store holds no private key with its certificate");
    }

    /**
     * Opens the private key {@code alias} on the token in {@code slot} of the PKCS#11 module {@code library}, logging
     * in with {@code pin}. The JDK's SunPKCS11 provider is configured for this slot alone and used directly, never
     * registered, so several tokens can be open side by side. A PKCS#11 login holds for the whole slot within this
     * process, and SunPKCS11 skips the login when one holds, so the slot is logged out first: every open checks its
     * PIN. A slot therefore serves one user; opening it again ends the login an earlier source on it relied on.
     */
    public static KeyStoreKeySource openPkcs11(Path library, long slot, char[] pin, String alias) {
        if (!Files.isReadable(library)) {
            throw new UnusableKeyException("The PKCS#11 library " + library + " does not exist or cannot be read");
        }
        Provider token = tokenProvider(library, slot);
        KeyStore store;
        try {
            if (token instanceof AuthProvider session) {
                session.logout();
            }
            store = KeyStore.getInstance("PKCS11", token);
            store.load(null, pin);
        } catch (IOException e) {
            if (reports(e, PIN_INCORRECT)) {
                throw new WrongPinException();
            }
            throw new UnusableKeyException("The token in slot " + slot + " cannot be opened: " + e.getMessage());
        } catch (GeneralSecurityException e) {
            throw new UnusableKeyException("The token in slot " + slot + " cannot be opened: " + e.getMessage());
        }
        try {
            if (store.isKeyEntry(alias) && store.getKey(alias, null) instanceof PrivateKey key) {
                return new KeyStoreKeySource(key, x509(store.getCertificateChain(alias)), Optional.of(token));
            }
        } catch (GeneralSecurityException e) {
            throw new UnusableKeyException("The key " + alias + " cannot be taken from the token: " + e.getMessage());
        }
        throw new UnusableKeyException("The token in slot " + slot + " holds no private key named " + alias);
    }

    private static Provider tokenProvider(Path library, long slot) {
        Provider unconfigured = Security.getProvider("SunPKCS11");
        if (unconfigured == null) {
            throw new UnusableKeyException("This Java runtime has no SunPKCS11 provider");
        }
        // A leading "--" makes configure read the text itself rather than a file of that name.
        String config = "--name=pactum-slot-" + slot + "\nlibrary=" + library.toAbsolutePath() + "\nslot=" + slot + "\n";
        try {
            return unconfigured.configure(config);
        } catch (RuntimeException e) {
            throw new UnusableKeyException("The PKCS#11 library " + library + " gives no token in slot " + slot
                    + ": " + causes(e));
        }
    }

    /** Whether {@code code} (a PKCS#11 return value such as CKR_PIN_INCORRECT) is named anywhere in the causes. */
    private static boolean reports(Throwable failure, String code) {
        return causes(failure).contains(code);
    }

    private static String causes(Throwable failure) {
        StringBuilder messages = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null) {
                messages.append(messages.isEmpty() ? "" : "; ").append(cause.getMessage());
            }
        }
        return messages.toString();
    }

    @Override
    public List<X509Certificate> certificateChain() {
        return chain;
    }

    @Override
    public byte[] sign(byte[] dataToSign, SigningAlgorithm algorithm) {
        try {
            Signature signature = provider.isPresent()
                    ? Signature.getInstance(algorithm.jcaName(), provider.get())
                    : Signature.getInstance(algorithm.jcaName());
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
