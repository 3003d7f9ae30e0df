package org.pactum.audit.boundary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pactum.audit.control.SealKey;

/**
 * The seal key from configuration, plus the public keys of earlier seal keys so old seals still verify after a key
 * change. Demo mode creates a key on first start; production refuses to start without one.
 */
@ApplicationScoped
public class SealKeys {

    private static final Logger LOG = Logger.getLogger(SealKeys.class.getName());

    @Inject
    @ConfigProperty(name = "pactum.mode", defaultValue = "production")
    String mode;

    @Inject
    @ConfigProperty(name = "pactum.audit.seal.private-key")
    String privateKeyFile;

    @Inject
    @ConfigProperty(name = "pactum.audit.seal.public-key")
    String publicKeyFile;

    @Inject
    @ConfigProperty(name = "pactum.audit.seal.earlier-public-keys")
    Optional<String> earlierPublicKeys; // comma-separated; Payara cannot inject Optional<List<String>>

    private SealKey current;
    private final Map<String, PublicKey> known = new HashMap<>();

    /** Loads (or, in demo mode, creates) the keys; called once at start-up, before anything is recorded. */
    public synchronized void load() {
        Path privateKey = Path.of(privateKeyFile);
        Path publicKey = Path.of(publicKeyFile);
        try {
            if (Files.exists(privateKey)) {
                current = SealKey.load(privateKey, publicKey);
            } else if ("demo".equalsIgnoreCase(mode.strip())) {
                current = SealKey.generate(privateKey, publicKey);
                LOG.warning(() -> "Created a demo audit seal key in " + privateKey.toAbsolutePath().getParent());
            } else {
                throw new IllegalStateException("Refusing to start: no audit seal key at " + privateKey.toAbsolutePath()
                        + " (configure pactum.audit.seal.private-key and pactum.audit.seal.public-key; docs/audit.md)");
            }
            known.put(current.keyId(), current.publicKey());
            for (String earlier : earlierPublicKeys.map(paths -> List.of(paths.split(","))).orElse(List.of())) {
                if (earlier.isBlank()) {
                    continue;
                }
                PublicKey key = SealKey.readPublicKey(Path.of(earlier.strip()));
                known.put(SealKey.idOf(key), key);
            }
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Refusing to start: the audit seal key cannot be read: " + e.getMessage(), e);
        }
    }

    synchronized SealKey current() {
        if (current == null) {
            load();
        }
        return current;
    }

    /** The public key with this id, or null. */
    public synchronized PublicKey publicKey(String keyId) {
        current();
        return known.get(keyId);
    }
}
