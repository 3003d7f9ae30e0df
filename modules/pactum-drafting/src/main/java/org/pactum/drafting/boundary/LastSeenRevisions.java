package org.pactum.drafting.boundary;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.pactum.domain.agreement.Revision;
import org.pactum.domain.agreement.Revisions;
import org.pactum.domain.agreement.SeenRevisions;
import org.pactum.drafting.control.RevisionComparison;
import org.pactum.drafting.entity.Changes;

/**
 * What each person last saw of an agreement, so that its page can tell an approver coming back what changed since:
 * every visit notes the current revision as seen, and a visit after someone else saved a newer one answers with the
 * changes between. Seeing is not an audited act; the audit trail records who changed what, not who looked.
 */
@ApplicationScoped
@Transactional
public class LastSeenRevisions {

    @Inject
    SeenRevisions seen;

    @Inject
    Revisions revisions;

    Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));

    private final RevisionComparison comparison = new RevisionComparison();

    /**
     * Notes that the user now sees the agreement's current revision, and answers what changed since the latest
     * revision they knew: the one they last saw, or a later one they saved themselves. Nothing on a first visit, nor
     * when nobody else changed the text since.
     */
    public Optional<Changes> look(long agreementId, String username) {
        List<Revision> all = revisions.of(agreementId);
        if (all.isEmpty()) {
            return Optional.empty();
        }
        Revision current = all.getLast();
        OptionalInt lastSeen = seen.findLastSeen(agreementId, username);
        seen.saw(agreementId, username, current.number(), clock.instant());
        if (lastSeen.isEmpty()) {
            return Optional.empty();
        }
        int known = Math.max(lastSeen.getAsInt(), all.stream().filter(revision -> revision.author().equals(username))
                .mapToInt(Revision::number).max().orElse(0));
        return all.stream().filter(revision -> revision.number() == known && known < current.number()).findFirst()
                .map(base -> comparison.compare(base, current));
    }

    /** The revision the user last saw; empty when they never opened the agreement. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public OptionalInt findLastSeen(long agreementId, String username) {
        return seen.findLastSeen(agreementId, username);
    }
}
