package org.pactum.signing.boundary;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pactum.domain.agreement.Agreement;
import org.pactum.domain.agreement.AgreementFingerprint;
import org.pactum.domain.error.NotFoundException;
import org.pactum.domain.party.Party;
import org.pactum.domain.signature.DocumentChangedException;
import org.pactum.domain.signature.KeyOrigin;
import org.pactum.domain.signature.NotEntitledToSignException;
import org.pactum.domain.signature.NotSignableException;
import org.pactum.domain.signature.NotYourTurnException;
import org.pactum.domain.signature.PartySigners;
import org.pactum.domain.signature.PreparationExpiredException;
import org.pactum.domain.signature.Signature;
import org.pactum.domain.signature.SignatureAppearance;
import org.pactum.domain.signature.SignatureRecorded;
import org.pactum.domain.signature.Signatures;
import org.pactum.domain.signature.SignedDocument;
import org.pactum.domain.signature.SignedDocuments;
import org.pactum.domain.signature.SigningPreparation;
import org.pactum.domain.signature.SigningPreparations;
import org.pactum.domain.user.Actor;
import org.pactum.drafting.boundary.AgreementPrints;
import org.pactum.pdf.signature.PreparedSignature;
import org.pactum.registry.boundary.AgreementRegistry;
import org.pactum.signing.control.CertificateCheck;
import org.pactum.signing.control.CertificateReading;
import org.pactum.signing.control.CounterSignedPdf;
import org.pactum.signing.control.DataToSign;
import org.pactum.signing.control.KeySource;
import org.pactum.signing.control.LongTermMaterial;
import org.pactum.signing.control.PadesLevel;
import org.pactum.signing.control.PadesSigning;
import org.pactum.signing.control.PendingSignature;
import org.pactum.signing.control.SignatureOptions;
import org.pactum.signing.control.SignedPdf;
import org.pactum.signing.control.SigningAlgorithm;
import org.pactum.signing.control.TimestampAuthority;
import org.pactum.signing.control.ValidatedPath;
import org.pactum.signing.entity.ExternalPreparation;
import org.pactum.signing.entity.PartyTurn;
import org.pactum.signing.entity.SigningState;

/**
 * The signature book: every step of signing that reads or writes, one transaction each. A signature is kept with the
 * signed PDF, the agreement's new status and its audit event in one transaction, so a failure leaves the agreement
 * and its last signed document as they were. {@link Signing} is the door to it.
 */
@ApplicationScoped
@Transactional
public class SignatureBook {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    AgreementRegistry registry;

    @Inject
    AgreementPrints prints;

    @Inject
    Signatures signatures;

    @Inject
    SignedDocuments documents;

    @Inject
    SigningPreparations preparations;

    @Inject
    PartySigners partySigners;

    @Inject
    Event<SignatureRecorded> recorded;

    @Inject
    TimestampPolicy timestamps;

    @Inject
    TrustStore trust;

    @Inject
    PublicVerificationLinks publicLinks;

    @Inject
    @ConfigProperty(name = "pactum.signing.preparation-lifetime", defaultValue = "PT15M")
    Duration preparationLifetime;

    Clock clock = Clock.systemUTC();

    /** Where signing stands for the agreement. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SigningState state(long agreementId) {
        Agreement agreement = registry.get(agreementId);
        List<Signature> done = signatures.of(agreementId);
        List<PartyTurn> turns = new ArrayList<>();
        List<Party> parties = agreement.parties();
        for (int i = 0; i < parties.size(); i++) {
            Party party = parties.get(i);
            Optional<Signature> signature = i < done.size() ? Optional.of(done.get(i)) : Optional.empty();
            boolean next = agreement.status().awaitsSignatures() && i == done.size();
            turns.add(new PartyTurn(i + 1, party.id(), party.organization(), partySigners.of(party.id()), signature, next));
        }
        return new SigningState(agreementId, agreement.number(), agreement.status(), turns, done);
    }

    /**
     * Checks that the user may sign the agreement now, and returns the party it signs for.
     *
     * @throws NotSignableException       when the agreement is not awaiting signatures
     * @throws NotYourTurnException       when the user signs for a party that has signed or whose turn has not come
     * @throws NotEntitledToSignException when the user signs for none of its parties
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PartyTurn turnOf(long agreementId, String username) {
        SigningState state = state(agreementId);
        PartyTurn next = state.next().orElseThrow(() -> new NotSignableException("Agreement " + state.number()
                + " is " + state.status() + ": only an approved agreement, or one that some parties have signed, is signed"));
        if (next.signers().contains(username)) {
            return next;
        }
        for (PartyTurn turn : state.parties()) {
            if (turn.signers().contains(username)) {
                throw new NotYourTurnException(turn.hasSigned()
                        ? username + " has already signed agreement " + state.number() + " for " + name(turn)
                        : name(next) + " signs agreement " + state.number() + " before " + name(turn));
            }
        }
        throw new NotEntitledToSignException(username + " is not among those who sign agreement " + state.number()
                + " for any of its parties");
    }

    /** The PDF the next signature is added to: the approved print before the first, else the last signed PDF. */
    public SignedDocument documentToSign(long agreementId) {
        Agreement agreement = registry.get(agreementId);
        if (!agreement.status().textIsFinal()) {
            throw new NotSignableException("Agreement " + agreement.number() + " is " + agreement.status()
                    + ": there is nothing to sign before it is approved");
        }
        return base(agreement, signatures.of(agreementId));
    }

    /** The agreement as last signed; empty before the first signature. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SignedDocument> signedDocument(long agreementId) {
        registry.get(agreementId);
        List<Signature> done = signatures.of(agreementId);
        return done.isEmpty() ? Optional.empty() : documents.find(done.getLast().documentSha256());
    }

    /** Signs with a key at hand (server-held or uploaded) and keeps the signature. */
    public Signature sign(long agreementId, Actor actor, KeySource key, KeyOrigin origin) {
        return sign(agreementId, actor, key, origin, SignatureAppearance.STAMPED);
    }

    /** Signs with a key at hand, stamped in the party's box or invisibly, and keeps the signature. */
    public Signature sign(long agreementId, Actor actor, KeySource key, KeyOrigin origin, SignatureAppearance appearance) {
        Agreement agreement = registry.get(agreementId);
        PartyTurn turn = turnOf(agreementId, actor.username());
        List<Signature> done = signatures.of(agreementId);
        SignedDocument base = base(agreement, done);
        Instant now = now();
        ValidatedPath path = checked(key.certificateChain(), now);
        SignedPdf signed = PadesSigning.sign(base.pdf(), options(agreement, turn, now, appearance), key,
                timestamps.timestamping());
        return keep(agreement, turn, base, signed, path, origin, actor, now);
    }

    /** Reserves the next signature for an external tool and keeps what its completion needs. */
    public ExternalPreparation prepare(long agreementId, Actor actor, List<X509Certificate> chain) {
        return prepare(agreementId, actor, chain, SignatureAppearance.STAMPED);
    }

    /** Reserves the next signature, stamped or invisible, for an external tool and keeps what its completion needs. */
    public ExternalPreparation prepare(long agreementId, Actor actor, List<X509Certificate> chain,
                                       SignatureAppearance appearance) {
        Agreement agreement = registry.get(agreementId);
        PartyTurn turn = turnOf(agreementId, actor.username());
        SignedDocument base = base(agreement, signatures.of(agreementId));
        Instant now = now();
        checked(chain, now);
        preparations.removeExpired(now);
        PendingSignature pending = PadesSigning.prepare(base.pdf(), options(agreement, turn, now, appearance), chain,
                timestamps.timestamping());
        DataToSign data = pending.dataToSign();
        PreparedSignature prepared = pending.prepared();
        SigningPreparation preparation = new SigningPreparation(newId(), agreementId, turn.partyId(), actor.username(),
                prepared.fieldName(), prepared.pdf(), prepared.byteRange(), CertificateReading.toDer(chain),
                data.signedAttributes(), now, base.sha256(), now, now.plus(preparationLifetime));
        preparations.add(preparation);
        String digestName = data.algorithm().digestName();
        return new ExternalPreparation(preparation.id(), data.documentDigest(), digestName, data.signedAttributes(),
                digest(digestName, data.signedAttributes()), data.algorithm().jcaName(), preparation.expiresAt());
    }

    /**
     * Embeds what the external tool returned into the prepared PDF and keeps the signature.
     *
     * @param returned  a detached CMS (DER), or the bare signature value over the signed attributes
     * @param bareValue whether {@code returned} is a bare signature value
     */
    public Signature complete(long agreementId, String preparationId, Actor actor, byte[] returned, boolean bareValue) {
        Instant now = now();
        SigningPreparation preparation = preparations.find(preparationId)
                .filter(found -> found.agreementId() == agreementId && !found.hasExpired(now))
                .orElseThrow(() -> new PreparationExpiredException("The signature preparation " + preparationId
                        + " does not exist or has expired; prepare the signature again"));
        if (!preparation.signer().equals(actor.username())) {
            throw new NotEntitledToSignException("The signature was prepared for " + preparation.signer()
                    + ", not for " + actor.username());
        }
        Agreement agreement = registry.get(agreementId);
        PartyTurn turn = turnOf(agreementId, actor.username());
        SignedDocument base = base(agreement, signatures.of(agreementId));
        if (!base.sha256().equals(preparation.basedOnSha256()) || turn.partyId() != preparation.partyId()) {
            throw new DocumentChangedException("Agreement " + agreement.number()
                    + " was signed by someone else since this signature was prepared; prepare it again");
        }
        List<X509Certificate> chain = CertificateReading.fromDer(preparation.certificateChain());
        SigningAlgorithm algorithm = SigningAlgorithm.forKey(chain.getFirst().getPublicKey());
        PreparedSignature prepared = new PreparedSignature(preparation.fieldName(), preparation.preparedPdf(),
                preparation.byteRange());
        PendingSignature pending = new PendingSignature(prepared, new DataToSign(chain, algorithm,
                prepared.digest(algorithm.digestName()), preparation.signedAttributes()));
        SignedPdf signed = bareValue ? PadesSigning.complete(pending, returned, timestamps.timestamping())
                : PadesSigning.completeWithCms(pending, returned, timestamps.timestamping());
        preparations.remove(preparation.id());
        return keep(agreement, turn, base, signed, checked(chain, now), KeyOrigin.EXTERNAL, actor,
                preparation.signingTime());
    }

    /**
     * Takes in the agreement's signed document counter-signed elsewhere (the next party's signature, made with its own
     * tool), after checking it extends that document byte for byte and that every signature in it verifies.
     */
    public Signature importCounterSigned(long agreementId, Actor actor, byte[] pdf) {
        Agreement agreement = registry.get(agreementId);
        PartyTurn turn = turnOf(agreementId, actor.username());
        SignedDocument base = base(agreement, signatures.of(agreementId));
        CounterSignedPdf.Added added = CounterSignedPdf.check(base.pdf(), pdf);
        Instant now = now();
        return keep(agreement, turn, base, new SignedPdf(added.pdf(), PadesLevel.B_B, Optional.empty()),
                checked(added.chain(), now), KeyOrigin.IMPORTED, actor, now);
    }

    private Signature keep(Agreement agreement, PartyTurn turn, SignedDocument base, SignedPdf signedPdf,
                           ValidatedPath path, KeyOrigin origin, Actor actor, Instant signedAt) {
        SignedPdf extended = longTerm(signedPdf, path);
        SignedDocument signed = SignedDocument.of(agreement.id(), SignedDocument.Kind.SIGNED, base.contentHash(),
                extended.pdf(), now());
        documents.keep(signed);
        Signature signature = new Signature(agreement.id(), turn.position(), turn.partyId(), actor.username(), origin,
                CertificateReading.summary(path.signer()), signedAt, signedPdf.timestampTime().orElse(null),
                extended.level().label(), signed.sha256(), base.sha256());
        signatures.add(signature);
        // The signature is recorded first, under the version it was made on; then the status it moves the agreement to.
        recorded.fire(new SignatureRecorded(signature, agreement.number(), agreement.version(), base.contentHash(),
                actor.username()));
        registry.signed(agreement.id(), turn.position(), actor.username());
        return signature;
    }

    /**
     * Once a signature has its timestamp, the certificates and revocation lists that prove it go into the document
     * (B-LT) and a document timestamp seals them (B-LTA), so it can be proven after its certificates expire.
     */
    private SignedPdf longTerm(SignedPdf signed, ValidatedPath path) {
        Optional<TimestampAuthority> authority = timestamps.authority();
        if (signed.level() != PadesLevel.B_T || authority.isEmpty()) {
            return signed;
        }
        List<X509Certificate> certificates = new ArrayList<>(path.certificates());
        authority.get().certificateChain().stream().filter(certificate -> !certificates.contains(certificate))
                .forEach(certificates::add);
        SignedPdf extended = PadesSigning.extend(signed.pdf(), new LongTermMaterial(certificates, trust.crls(), List.of()),
                authority);
        return new SignedPdf(extended.pdf(), extended.level(), signed.timestampTime());
    }

    /**
     * The signer's certificate, checked at the signing time against the trust anchors and their revocation lists:
     * expired, not yet valid, revoked, untrusted or unfit for signing is refused.
     */
    private ValidatedPath checked(List<X509Certificate> chain, Instant at) {
        return CertificateCheck.check(chain, trust.anchors(), trust.crls(), at);
    }

    /**
     * The document the next signature builds on, checked against the approved revision: the approved print is made
     * and kept on the first call, and every signed PDF after it carries the same content hash.
     */
    private SignedDocument base(Agreement agreement, List<Signature> done) {
        String contentHash = approvedContentHash(agreement);
        SignedDocument base = done.isEmpty()
                ? documents.approvedPrint(agreement.id()).orElseGet(() -> keepApprovedPrint(agreement, contentHash))
                : documents.find(done.getLast().documentSha256()).orElseThrow(() -> new IllegalStateException(
                "The signed document " + done.getLast().documentSha256() + " of agreement " + agreement.number() + " is missing"));
        if (!base.contentHash().equals(contentHash)) {
            throw new DocumentChangedException("The document of agreement " + agreement.number()
                    + " was printed from another text than the approved one");
        }
        return base;
    }

    private SignedDocument keepApprovedPrint(Agreement agreement, String contentHash) {
        SignedDocument print = SignedDocument.of(agreement.id(), SignedDocument.Kind.APPROVED_PRINT, contentHash,
                prints.current(agreement.id()).pdf(), now());
        documents.keep(print);
        return print;
    }

    /** The agreement's content hash, which must be the one its current (approved) revision was saved with. */
    private String approvedContentHash(Agreement agreement) {
        String contentHash = AgreementFingerprint.of(agreement);
        try {
            var revision = registry.revision(agreement.id(), agreement.revision());
            if (!revision.isIntact() || !revision.contentHash().equals(contentHash)) {
                throw new DocumentChangedException("Agreement " + agreement.number()
                        + " no longer matches its approved revision " + agreement.revision());
            }
        } catch (NotFoundException stored) {
            // Agreements from before revisions were kept have none; their content hash stands alone.
        }
        return contentHash;
    }

    /**
     * The party's own signature box of the approved print, stamped in the agreement's languages; the first signature
     * certifies the document, allowing only the signatures and validation data that follow.
     */
    /** A stamped signature carries the agreement's public verification link, made with its first signature. */
    private SignatureOptions options(Agreement agreement, PartyTurn turn, Instant signingTime,
                                     SignatureAppearance appearance) {
        boolean stamped = appearance == SignatureAppearance.STAMPED;
        return new SignatureOptions("party-" + turn.position(), signingTime,
                stamped ? agreement.languages() : List.of(), turn.position() == 1,
                stamped ? publicLinks.linkFor(agreement.id()) : null);
    }

    private static String name(PartyTurn turn) {
        return turn.organization().preferring(org.pactum.domain.language.Language.RU);
    }

    /** Whole seconds: the PDF's /M keeps no more, and the stored time must equal the one in the document. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private static String newId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static byte[] digest(String algorithm, byte[] data) {
        try {
            return MessageDigest.getInstance(algorithm).digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("No " + algorithm + " digest", e);
        }
    }
}
