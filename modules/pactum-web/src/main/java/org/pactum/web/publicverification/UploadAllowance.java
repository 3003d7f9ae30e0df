package org.pactum.web.publicverification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How many copies strangers may have verified on the public page: at most {@code perAddress} per period from one
 * client address and {@code overall} per period from all addresses together, each a bucket that refills evenly over
 * the period (so a burst of a whole period's allowance is possible, but no more). A refused upload takes nothing from
 * either bucket. At most {@code tracked} addresses are remembered; when full, the one used least recently is
 * forgotten, so no stream of addresses outgrows the memory.
 */
public final class UploadAllowance {

    private static final class Bucket {
        double left;
        Instant at;

        Bucket(int size, Instant now) {
            left = size;
            at = now;
        }

        void refill(int size, Duration period, Instant now) {
            if (now.isAfter(at)) {
                left = Math.min(size, left + size * (double) Duration.between(at, now).toNanos() / period.toNanos());
                at = now;
            }
        }

        /** How long until one whole upload is allowed again. */
        Duration wait(int size, Duration period) {
            return Duration.ofNanos((long) Math.ceil((1 - left) * period.toNanos() / size));
        }
    }

    private final int perAddress;
    private final int overall;
    private final Duration period;
    private final Clock clock;
    private final Bucket everyone;
    private final Map<String, Bucket> addresses;

    public UploadAllowance(int perAddress, int overall, Duration period, int tracked, Clock clock) {
        if (perAddress < 1 || overall < 1 || tracked < 1 || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("an allowance needs at least one upload per positive period");
        }
        this.perAddress = perAddress;
        this.overall = overall;
        this.period = period;
        this.clock = clock;
        this.everyone = new Bucket(overall, clock.instant());
        this.addresses = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > tracked;
            }
        };
    }

    /** Takes one upload from the address's and everyone's allowance; when refused, how long until one is allowed. */
    public synchronized Optional<Duration> take(String address) {
        Instant now = clock.instant();
        Bucket own = addresses.computeIfAbsent(address, any -> new Bucket(perAddress, now));
        own.refill(perAddress, period, now);
        everyone.refill(overall, period, now);
        if (own.left < 1) {
            return Optional.of(own.wait(perAddress, period));
        }
        if (everyone.left < 1) {
            return Optional.of(everyone.wait(overall, period));
        }
        own.left--;
        everyone.left--;
        return Optional.empty();
    }
}
