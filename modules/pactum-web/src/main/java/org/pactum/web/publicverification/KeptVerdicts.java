package org.pactum.web.publicverification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The verdicts on the documents Pactum keeps, as the public page shows them, each remembered for a short while by the
 * document's SHA-256: anyone with a link may open the page as often as they like, and each opening would otherwise
 * verify the whole document afresh. A new signature makes a new document, so a verdict is never shown for another.
 * At most {@code capacity} verdicts are kept, the least recently used forgotten first.
 */
public final class KeptVerdicts {

    private record Verdict(String report, Instant at) {
    }

    private final Duration freshFor;
    private final Clock clock;
    private final Map<String, Verdict> verdicts;

    public KeptVerdicts(Duration freshFor, int capacity, Clock clock) {
        this.freshFor = freshFor;
        this.clock = clock;
        this.verdicts = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Verdict> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The report on the document with this SHA-256: remembered while fresh, else made by {@code verify}. */
    public String reportOn(String sha256, Supplier<String> verify) {
        Instant now = clock.instant();
        synchronized (this) {
            Verdict known = verdicts.get(sha256);
            if (known != null && now.isBefore(known.at().plus(freshFor))) {
                return known.report();
            }
        }
        // Verified outside the lock: two first openings at once may both verify, which is harmless.
        String report = verify.get();
        synchronized (this) {
            verdicts.put(sha256, new Verdict(report, now));
        }
        return report;
    }
}
