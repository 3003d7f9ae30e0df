package org.pactum.signing.boundary;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.pactum.domain.error.PactumException;
import org.pactum.domain.signature.KeyOrigin;
import org.pactum.domain.signature.NoServerHeldKeyException;
import org.pactum.domain.signature.ServerHeldKey;
import org.pactum.domain.signature.ServerHeldKeys;
import org.pactum.domain.signature.Signature;
import org.pactum.domain.signature.SignatureAppearance;
import org.pactum.domain.signature.SignedDocument;
import org.pactum.domain.signature.SigningRefused;
import org.pactum.domain.user.Actor;
import org.pactum.signing.control.CertificateReading;
import org.pactum.signing.control.KeySource;
import org.pactum.signing.control.KeyStoreKeySource;
import org.pactum.signing.entity.ExternalPreparation;
import org.pactum.signing.entity.SigningState;

/**
 * Signing agreements, whatever holds the key: a key the server holds for the official, a PKCS#12 file uploaded for
 * one signature, or the official's own tool (digest out, CMS in). Each way goes through the one PAdES path of
 * {@link SignatureBook}. A refused attempt (wrong PIN, out of turn, a CMS over another digest…) is announced as a
 * {@link SigningRefused} after its transaction rolled back, so the audit trail records it although nothing else is.
 * PINs are used for the one signature and cleared.
 */
@ApplicationScoped
public class Signing {

    @Inject
    SignatureBook book;

    @Inject
    ServerHeldKeys serverHeldKeys;

    @Inject
    Event<SigningRefused> refused;

    Clock clock = Clock.systemUTC();

    public SigningState state(long agreementId) {
        return book.state(agreementId);
    }

    /** The exact PDF the next signature is added to (the approved print, or the PDF as signed so far). */
    public SignedDocument documentToSign(long agreementId) {
        return book.documentToSign(agreementId);
    }

    /** The agreement as last signed; empty before the first signature. */
    public Optional<SignedDocument> signedDocument(long agreementId) {
        return book.signedDocument(agreementId);
    }

    /** Whether the server holds a key for the user, so the signing page can offer it. */
    public boolean holdsKeyFor(String username) {
        return serverHeldKeys.find(username).isPresent();
    }

    /** Signs with the key the server holds for the acting official, opened with the PIN typed; stamped. */
    public Signature signWithServerKey(long agreementId, Actor actor, char[] pin) {
        return signWithServerKey(agreementId, actor, pin, SignatureAppearance.STAMPED);
    }

    /** Signs with the key the server holds for the acting official, opened with the PIN typed. */
    public Signature signWithServerKey(long agreementId, Actor actor, char[] pin, SignatureAppearance appearance) {
        return refusedOr(agreementId, actor, "server", () -> {
            book.turnOf(agreementId, actor.username());
            ServerHeldKey held = serverHeldKeys.find(actor.username()).orElseThrow(() -> new NoServerHeldKeyException(
                    "The server holds no signing key for " + actor.username()
                            + "; upload a PKCS#12 file or sign with your own tool"));
            return book.sign(agreementId, actor, open(held, pin), KeyOrigin.SERVER, appearance);
        }, pin);
    }

    /** Signs with a PKCS#12 file the official uploaded with its PIN; neither is kept; stamped. */
    public Signature signWithKeyStore(long agreementId, Actor actor, byte[] pkcs12, char[] pin) {
        return signWithKeyStore(agreementId, actor, pkcs12, pin, SignatureAppearance.STAMPED);
    }

    /** Signs with a PKCS#12 file the official uploaded with its PIN; neither is kept. */
    public Signature signWithKeyStore(long agreementId, Actor actor, byte[] pkcs12, char[] pin,
                                      SignatureAppearance appearance) {
        return refusedOr(agreementId, actor, "upload", () -> {
            book.turnOf(agreementId, actor.username());
            return book.sign(agreementId, actor, KeyStoreKeySource.openPkcs12(pkcs12, pin), KeyOrigin.UPLOADED,
                    appearance);
        }, pin);
    }

    /**
     * Hands out what the official's own tool must sign, for the certificate it will sign with.
     *
     * @param certificates PEM: the signer's certificate, optionally followed by its issuers
     */
    public ExternalPreparation prepare(long agreementId, Actor actor, String certificates) {
        return prepare(agreementId, actor, certificates, SignatureAppearance.STAMPED);
    }

    /** Like {@link #prepare(long, Actor, String)}, stamped in the party's box or invisible. */
    public ExternalPreparation prepare(long agreementId, Actor actor, String certificates,
                                       SignatureAppearance appearance) {
        return refusedOr(agreementId, actor, "prepare", () -> book.prepare(agreementId, actor,
                CertificateReading.read(certificates, "certificate"), appearance), null);
    }

    /** Completes an external signature with the detached CMS the tool returned. */
    public Signature completeWithCms(long agreementId, String preparationId, Actor actor, byte[] cms) {
        return refusedOr(agreementId, actor, "complete",
                () -> book.complete(agreementId, preparationId, actor, cms, false), null);
    }

    /** Completes an external signature with the bare signature value the tool made over the signed attributes. */
    public Signature completeWithSignatureValue(long agreementId, String preparationId, Actor actor, byte[] value) {
        return refusedOr(agreementId, actor, "complete",
                () -> book.complete(agreementId, preparationId, actor, value, true), null);
    }

    /** Takes in the signed document counter-signed elsewhere by the party whose turn it is. */
    public Signature importCounterSigned(long agreementId, Actor actor, byte[] pdf) {
        return refusedOr(agreementId, actor, "import", () -> book.importCounterSigned(agreementId, actor, pdf), null);
    }

    private static KeySource open(ServerHeldKey held, char[] pin) {
        return switch (held.kind()) {
            case PKCS12 -> KeyStoreKeySource.openPkcs12(held.pkcs12(), pin);
            case PKCS11 -> KeyStoreKeySource.openPkcs11(Path.of(held.pkcs11Library()), held.pkcs11Slot(), pin,
                    held.alias());
        };
    }

    private <T> T refusedOr(long agreementId, Actor actor, String step, Supplier<T> attempt, char[] pin) {
        try {
            return attempt.get();
        } catch (PactumException e) {
            refused.fire(new SigningRefused(agreementId, actor.username(), step, e.problemType(), e.getMessage(),
                    clock.instant()));
            throw e;
        } finally {
            if (pin != null) {
                Arrays.fill(pin, '\0');
            }
        }
    }
}
