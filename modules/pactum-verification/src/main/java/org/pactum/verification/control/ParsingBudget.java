package org.pactum.verification.control;

import java.util.Objects;
import java.util.Optional;

import org.pactum.verification.entity.ParsingLimit;
import org.pactum.verification.entity.ParsingLimits;

/**
 * The {@link ParsingLimits} of one verification as it runs: its deadline, and the first limit it went over. Once over
 * a limit it stays over, so that a parser which swallows the refusal (OpenPDF catches broadly and tries again) meets
 * it again at its next step and the verification ends at once. One thread uses it, from start to verdict.
 */
public final class ParsingBudget {

    private final ParsingLimits limits;
    private final long deadline;
    private ParsingLimitExceededException exceeded;

    private ParsingBudget(ParsingLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.deadline = System.nanoTime() + Math.min(limits.maxMillis(), Long.MAX_VALUE / 2_000_000) * 1_000_000;
    }

    /** Starts the clock of a verification. */
    public static ParsingBudget start(ParsingLimits limits) {
        return new ParsingBudget(limits);
    }

    /** A verification under the default limits, for callers that set none. */
    public static ParsingBudget withDefaults() {
        return start(ParsingLimits.DEFAULTS);
    }

    public ParsingLimits limits() {
        return limits;
    }

    /** @throws ParsingLimitExceededException when the time is up, or a limit was exceeded before */
    public void checkTime() {
        if (exceeded != null) {
            throw exceeded;
        }
        if (System.nanoTime() - deadline > 0) {
            throw exceed(ParsingLimit.TIME);
        }
    }

    /** @throws ParsingLimitExceededException when a limit was exceeded before (without looking at the clock) */
    void stopIfExceeded() {
        if (exceeded != null) {
            throw exceeded;
        }
    }

    /** Records that the verification went over {@code limit} (unless it went over another first) and says so. */
    ParsingLimitExceededException exceed(ParsingLimit limit) {
        if (exceeded == null) {
            exceeded = new ParsingLimitExceededException(limit, limits.of(limit));
        }
        return exceeded;
    }

    /** The first limit exceeded, if any. */
    Optional<ParsingLimitExceededException> exceeded() {
        return Optional.ofNullable(exceeded);
    }
}
