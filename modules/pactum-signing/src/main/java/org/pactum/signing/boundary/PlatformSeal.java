package org.pactum.signing.boundary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pactum.domain.signature.UnusableKeyException;
import org.pactum.domain.signature.WrongPinException;
import org.pactum.signing.control.KeyStoreKeySource;
import org.pactum.signing.control.LongTermMaterial;
import org.pactum.signing.control.PadesLevel;
import org.pactum.signing.control.PadesSigning;
import org.pactum.signing.control.SignatureOptions;
import org.pactum.signing.control.SignedPdf;
import org.pactum.signing.control.TimestampAuthority;

/**
 * The platform's own seal, which Pactum puts on the documents it issues itself (certificates of completion): an
 * invisible PAdES signature by the seal key, timestamped as the {@link TimestampPolicy} says and taken to B-LTA when an
 * authority exists, so the document can be shown unchanged since it was issued. The key is a PKCS#12 file
 * ({@code pactum.signing.seal.keystore}) opened with {@code pactum.signing.seal.pin}, read on first use and kept in
 * memory; demo mode writes one on first start. Without one, nothing is sealed and {@link #available()} says so.
 */
@ApplicationScoped
public class PlatformSeal {

    private static final Logger LOG = Logger.getLogger(PlatformSeal.class.getName());
    /** The seal's signature field; the parties' fields are {@code party-1}, {@code party-2}, … */
    public static final String FIELD = "pactum-seal";

    @Inject
    @ConfigProperty(name = "pactum.signing.seal.keystore")
    Optional<String> keystore;

    @Inject
    @ConfigProperty(name = "pactum.signing.seal.pin")
    Optional<String> pin;

    @Inject
    TimestampPolicy timestamps;

    @Inject
    TrustStore trust;

    Clock clock = Clock.systemUTC();

    private volatile KeyStoreKeySource key;

    /** Whether a seal key is at hand: kept by demo mode, or configured as a file with its PIN. */
    public boolean available() {
        return key().isPresent();
    }

    /**
     * {@code pdf} with the platform's seal added in an incremental update, every earlier byte unchanged.
     *
     * @throws IllegalStateException when no seal key is at hand (ask {@link #available()} first)
     * @throws org.pactum.domain.signature.TimestampUnavailableException when the timestamp authority fails and the
     *                                                                    policy requires a timestamp
     */
    public byte[] seal(byte[] pdf) {
        KeyStoreKeySource seal = key().orElseThrow(() -> new IllegalStateException(
                "No platform seal key: configure pactum.signing.seal.keystore and pactum.signing.seal.pin"));
        SignedPdf signed = PadesSigning.sign(pdf, SignatureOptions.invisible(FIELD, clock.instant()), seal,
                timestamps.timestamping());
        Optional<TimestampAuthority> authority = timestamps.authority();
        if (signed.level() != PadesLevel.B_T || authority.isEmpty()) {
            return signed.pdf();
        }
        List<X509Certificate> certificates = new ArrayList<>(seal.certificateChain());
        authority.get().certificateChain().stream().filter(certificate -> !certificates.contains(certificate))
                .forEach(certificates::add);
        return PadesSigning.extend(signed.pdf(), new LongTermMaterial(certificates, trust.crls(), List.of()), authority)
                .pdf();
    }

    /** The seal's certificate, first of its chain, when a key is at hand. */
    public Optional<X509Certificate> certificate() {
        return key().map(seal -> seal.certificateChain().getFirst());
    }

    /** Keeps the seal key (PKCS#12 under {@code pin}) in the keystore file and seals with it from now on. */
    public void keep(byte[] pkcs12, char[] pin) {
        Path file = keystoreFile().orElseThrow(() -> new IllegalStateException(
                "pactum.signing.seal.keystore names no file to keep the platform seal key in"));
        KeyStoreKeySource opened = KeyStoreKeySource.openPkcs12(pkcs12, pin);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, pkcs12);
        } catch (IOException e) {
            throw new IllegalStateException("The platform seal key cannot be written to " + file, e);
        }
        key = opened;
        LOG.info(() -> "The platform seal key is kept in " + file.toAbsolutePath());
    }

    /** Seals with the key in the keystore file, if there is one; demo mode calls this on every later start. */
    public void resume(char[] pin) {
        keystoreFile().filter(Files::isRegularFile).ifPresent(file -> key = open(file, pin));
    }

    private Optional<KeyStoreKeySource> key() {
        if (key == null && pin != null && pin.isPresent()) {
            resume(pin.get().toCharArray());
        }
        return Optional.ofNullable(key);
    }

    private Optional<Path> keystoreFile() {
        return keystore == null ? Optional.empty() : keystore.filter(value -> !value.isBlank()).map(Path::of);
    }

    /** A seal key that will not open is a configuration mistake, never the user's wrong PIN. */
    private static KeyStoreKeySource open(Path file, char[] pin) {
        try {
            return KeyStoreKeySource.openPkcs12(Files.readAllBytes(file), pin);
        } catch (IOException e) {
            throw new IllegalStateException("The platform seal key cannot be read from " + file, e);
        } catch (WrongPinException | UnusableKeyException e) {
            throw new IllegalStateException("The platform seal key in " + file + " does not open with "
                    + "pactum.signing.seal.pin: " + e.getMessage(), e);
        }
    }
}
