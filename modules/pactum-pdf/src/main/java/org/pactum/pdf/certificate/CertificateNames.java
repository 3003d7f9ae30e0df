package org.pactum.pdf.certificate;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What the certificate shows that its hashed content does not hold: the registration number the agreement is known
 * by, and the names people know the users by. The attached JSON keeps the logins, as hashed; the printed pages show
 * the names.
 *
 * @param registrationNumber the agreement's registration number, or null before registration
 * @param people             turns a login into the user's display name; gives the login back for one it does not know
 * @param revisions          the revision of the text (as the application numbers them) each event happened at, by
 *                           sequence; empty to show the storage's version numbers instead
 * @param revision           the agreement's current revision, or null where not known
 */
public record CertificateNames(String registrationNumber, UnaryOperator<String> people, Map<Long, Integer> revisions,
                               Integer revision) {

    public CertificateNames {
        people = people == null ? UnaryOperator.identity() : remembering(people);
        revisions = revisions == null ? Map.of() : Map.copyOf(revisions);
    }

    public CertificateNames(String registrationNumber, UnaryOperator<String> people) {
        this(registrationNumber, people, Map.of(), null);
    }

    /** Whether events are shown by revision rather than by the storage's version. */
    boolean showsRevisions() {
        return !revisions.isEmpty();
    }

    Optional<Integer> revisionAt(long sequence) {
        return Optional.ofNullable(revisions.get(sequence));
    }

    /** Logins as they are and no registration number: what a certificate shows without a directory at hand. */
    public static CertificateNames none() {
        return new CertificateNames(null, UnaryOperator.identity());
    }

    /** The name of the person with this login; the login itself where the directory does not know it. */
    String personOf(String login) {
        if (login == null) {
            return null;
        }
        String name = people.apply(login);
        return name == null || name.isBlank() ? login : name;
    }

    /** The number the agreement is known by: the registration number once given, else the reference number. */
    String shownNumber(String referenceNumber) {
        return registrationNumber == null || registrationNumber.isBlank() ? referenceNumber : registrationNumber;
    }

    // A long trail names the same few people over and over: ask the directory once for each.
    private static UnaryOperator<String> remembering(UnaryOperator<String> people) {
        Map<String, String> known = new HashMap<>();
        return login -> known.computeIfAbsent(login, people);
    }
}
