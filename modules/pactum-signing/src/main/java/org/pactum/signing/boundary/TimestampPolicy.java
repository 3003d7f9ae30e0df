package org.pactum.signing.boundary;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pactum.signing.control.HttpTimestampAuthority;
import org.pactum.signing.control.LocalTimestampAuthority;
import org.pactum.signing.control.TimestampAuthority;
import org.pactum.signing.control.Timestamping;

/**
 * Which timestamp authority vouches for signing times, and what happens when it cannot. An RFC 3161 service
 * ({@code pactum.signing.tsa.url}) comes first; else an in-process authority whose key is a PKCS#12 file
 * ({@code pactum.signing.tsa.keystore} with {@code pactum.signing.tsa.pin}; demo mode writes one on first start); else
 * none, and signatures are PAdES B-B. When the authority fails, a signature fails with a clear message, unless
 * {@code pactum.signing.tsa.allow-without=true} lets it stay B-B, saying so. The local clock never stands in for a
 * timestamp.
 */
@ApplicationScoped
public class TimestampPolicy {

    private static final Logger LOG = Logger.getLogger(TimestampPolicy.class.getName());
    /**
     * The policy the in-process authority names in its tokens: a UUID-based OID (X.667, arc 2.25), which needs no
     * registration, from the name-based UUID of "https://pactum/timestamp-policy/in-process".
     */
    static final String IN_PROCESS_POLICY = "2.25.87159524280583289005985285982796697247";

    @Inject
    @ConfigProperty(name = "pactum.signing.tsa.url")
    Optional<String> url;

    @Inject
    @ConfigProperty(name = "pactum.signing.tsa.timeout", defaultValue = "PT10S")
    Duration timeout;

    @Inject
    @ConfigProperty(name = "pactum.signing.tsa.allow-without", defaultValue = "false")
    boolean allowWithout;

    @Inject
    @ConfigProperty(name = "pactum.signing.tsa.keystore")
    Optional<String> keystore;

    @Inject
    @ConfigProperty(name = "pactum.signing.tsa.pin")
    Optional<String> pin;

    private volatile TimestampAuthority inProcess;
    /**
     * One client for the configured URL: it remembers the certificates its last token came with, which the long-term
     * levels put into the document; a fresh client per call would know none.
     */
    private volatile TimestampAuthority remote;

    Optional<TimestampAuthority> authority() {
        Optional<String> configured = url == null ? Optional.empty() : url.filter(value -> !value.isBlank());
        if (configured.isPresent()) {
            if (remote == null) {
                remote = new HttpTimestampAuthority(URI.create(configured.get()), timeout);
            }
            return Optional.of(remote);
        }
        if (inProcess == null && pin != null && pin.isPresent()) {
            resumeInProcess(pin.get().toCharArray());
        }
        return Optional.ofNullable(inProcess);
    }

    Timestamping timestamping() {
        return authority().map(authority -> allowWithout ? Timestamping.ifAvailable(authority)
                : Timestamping.required(authority)).orElseGet(Timestamping::none);
    }

    /** Keeps a time-stamping unit's key (PKCS#12 under {@code pin}) in the keystore file and stamps with it from now on. */
    public void keepInProcess(byte[] pkcs12, char[] pin) {
        Path file = keystoreFile().orElseThrow(() -> new IllegalStateException(
                "pactum.signing.tsa.keystore names no file to keep the time-stamping key in"));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, pkcs12);
        } catch (IOException e) {
            throw new IllegalStateException("The time-stamping key cannot be written to " + file, e);
        }
        inProcess = open(pkcs12, pin);
        LOG.info(() -> "Timestamps come from the in-process authority kept in " + file.toAbsolutePath());
    }

    /** Stamps with the key in the keystore file, if there is one; demo mode calls this on every later start. */
    public void resumeInProcess(char[] pin) {
        Optional<Path> file = keystoreFile().filter(Files::isRegularFile);
        if (file.isEmpty()) {
            return;
        }
        try {
            inProcess = open(Files.readAllBytes(file.get()), pin);
        } catch (IOException e) {
            throw new IllegalStateException("The time-stamping key cannot be read from " + file.get(), e);
        }
    }

    private Optional<Path> keystoreFile() {
        return keystore == null ? Optional.empty() : keystore.filter(value -> !value.isBlank()).map(Path::of);
    }

    private static TimestampAuthority open(byte[] pkcs12, char[] pin) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(pkcs12), pin);
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    List<X509Certificate> chain = new ArrayList<>();
                    for (Certificate certificate : store.getCertificateChain(alias)) {
                        chain.add((X509Certificate) certificate);
                    }
                    return new LocalTimestampAuthority((PrivateKey) store.getKey(alias, pin), chain, IN_PROCESS_POLICY,
                            Clock.systemUTC());
                }
            }
            throw new IllegalStateException("The time-stamping keystore holds no key");
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("The time-stamping keystore cannot be opened: " + e.getMessage(), e);
        }
    }
}
