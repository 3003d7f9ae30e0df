package org.pactum.web.problem;

import java.util.Map;

import org.pactum.domain.agreement.AgreementNotEditableException;
import org.pactum.domain.agreement.IllegalTransitionException;
import org.pactum.domain.error.DuplicateException;
import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.error.NotFoundException;
import org.pactum.domain.error.PactumException;
import org.pactum.domain.error.StaleVersionException;
import org.pactum.domain.route.AlreadyDecidedException;
import org.pactum.domain.route.NotEntitledToDecideException;
import org.pactum.domain.route.NotOnRouteException;
import org.pactum.domain.route.OpenThreadsException;
import org.pactum.domain.route.StaleRevisionException;
import org.pactum.domain.signature.DocumentChangedException;
import org.pactum.domain.signature.ExpiredCertificateException;
import org.pactum.domain.signature.ImportRefusedException;
import org.pactum.domain.signature.NoServerHeldKeyException;
import org.pactum.domain.signature.NotEntitledToSignException;
import org.pactum.domain.signature.NotSignableException;
import org.pactum.domain.signature.NotYetValidCertificateException;
import org.pactum.domain.signature.NotYourTurnException;
import org.pactum.domain.signature.PreparationExpiredException;
import org.pactum.domain.signature.RevokedCertificateException;
import org.pactum.domain.signature.SignatureMismatchException;
import org.pactum.domain.signature.SigningKeyBusyException;
import org.pactum.domain.signature.SigningKeyLockedException;
import org.pactum.domain.signature.TimestampUnavailableException;
import org.pactum.domain.signature.UnsuitableCertificateException;
import org.pactum.domain.signature.UntrustedCertificateException;
import org.pactum.domain.signature.UnusableKeyException;
import org.pactum.domain.signature.WrongPinException;
import org.pactum.domain.user.ManagedByDirectoryException;
import org.pactum.domain.user.NameInDirectoryException;
import org.pactum.domain.verification.DocumentTooLargeException;

/** Which HTTP status and title each domain condition gets. */
public final class ProblemMapping {

    private record Shape(int status, String title) {
    }

    private static final Map<Class<? extends PactumException>, Shape> SHAPES = Map.ofEntries(
            Map.entry(NotFoundException.class, new Shape(404, "Not found")),
            Map.entry(InvalidInputException.class, new Shape(422, "Invalid input")),
            Map.entry(StaleVersionException.class, new Shape(409, "Changed by someone else")),
            Map.entry(IllegalTransitionException.class, new Shape(409, "Not allowed in this status")),
            Map.entry(AgreementNotEditableException.class, new Shape(409, "Not editable in this status")),
            Map.entry(DuplicateException.class, new Shape(409, "Already exists")),
            Map.entry(WrongPinException.class, new Shape(422, "Wrong PIN")),
            Map.entry(SigningKeyLockedException.class, new Shape(429, "Signing key locked")),
            Map.entry(SigningKeyBusyException.class, new Shape(409, "Signing key busy")),
            Map.entry(UnusableKeyException.class, new Shape(422, "Key cannot sign")),
            Map.entry(SignatureMismatchException.class, new Shape(422, "Signature does not match")),
            Map.entry(NotEntitledToSignException.class, new Shape(403, "Not a signer of this agreement")),
            Map.entry(NotYourTurnException.class, new Shape(409, "Not your turn to sign")),
            Map.entry(NotSignableException.class, new Shape(409, "Not awaiting signatures")),
            Map.entry(PreparationExpiredException.class, new Shape(410, "Signature preparation expired")),
            Map.entry(DocumentChangedException.class, new Shape(409, "Document changed")),
            Map.entry(NoServerHeldKeyException.class, new Shape(422, "No server-held key")),
            Map.entry(ImportRefusedException.class, new Shape(422, "Counter-signed PDF refused")),
            Map.entry(TimestampUnavailableException.class, new Shape(503, "Timestamp unavailable")),
            Map.entry(ExpiredCertificateException.class, new Shape(422, "Certificate expired")),
            Map.entry(NotYetValidCertificateException.class, new Shape(422, "Certificate not yet valid")),
            Map.entry(RevokedCertificateException.class, new Shape(422, "Certificate revoked")),
            Map.entry(UntrustedCertificateException.class, new Shape(422, "Certificate not trusted")),
            Map.entry(UnsuitableCertificateException.class, new Shape(422, "Certificate cannot sign")),
            Map.entry(DocumentTooLargeException.class, new Shape(413, "Request too large")),
            Map.entry(NotEntitledToDecideException.class, new Shape(403, "Not asked at this stage")),
            Map.entry(StaleRevisionException.class, new Shape(409, "Another revision is on the route")),
            Map.entry(AlreadyDecidedException.class, new Shape(409, "Already decided")),
            Map.entry(OpenThreadsException.class, new Shape(409, "Comment threads are open")),
            Map.entry(NotOnRouteException.class, new Shape(409, "Not on an approval route")),
            Map.entry(ManagedByDirectoryException.class, new Shape(409, "Managed by the directory")),
            Map.entry(NameInDirectoryException.class, new Shape(409, "Name known to the directory")));

    private ProblemMapping() {
    }

    public static Problem problemFor(PactumException exception) {
        Shape shape = SHAPES.entrySet().stream()
                .filter(entry -> entry.getKey().isInstance(exception))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(new Shape(400, "Request refused"));
        Problem problem = Problem.of(exception.problemType(), shape.title(), shape.status(), exception.getMessage());
        return exception instanceof InvalidInputException invalid ? problem.withErrors(invalid.errors()) : problem;
    }

    public static Problem staleVersion() {
        return Problem.of("stale-version", "Changed by someone else", 409,
                "Someone else changed this at the same moment; reload it and apply your change again.");
    }
}
