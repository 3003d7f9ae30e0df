package org.pactum.domain.audit;

import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;

import org.pactum.domain.canonical.CanonicalBytes;

/**
 * Hashes event after event exactly as {@link AuditEvent#computeHash()} does, for whoever walks a long chain: the
 * canonical form goes straight into one reused UTF-8 buffer and one reused digest, and a stored hash is compared with
 * the digest without making its hex text. {@code computeHash()} stays the plain statement of the rule; a test keeps
 * the two equal. Not thread-safe: one per walk.
 */
public final class EventDigest {

    private static final byte[] ACTION = member('{', "action");
    private static final byte[] ACTOR = member(',', "actor");
    private static final byte[] ACTOR_ROLES = member(',', "actorRoles");
    private static final byte[] AGREEMENT_ID = member(',', "agreementId");
    private static final byte[] AGREEMENT_VERSION = member(',', "agreementVersion");
    private static final byte[] CLIENT_ADDRESS = member(',', "clientAddress");
    private static final byte[] CONTENT_HASH = member(',', "contentHash");
    private static final byte[] DETAILS = member(',', "details");
    private static final byte[] OCCURRED_AT = member(',', "occurredAt");
    private static final byte[] PREVIOUS_HASH = member(',', "previousHash");
    private static final byte[] SEQUENCE = member(',', "sequence");
    private static final long SECONDS_PER_DAY = 86_400;
    /** 0000-01-01T00:00:00Z and 10000-01-01T00:00:00Z: four-digit years, which {@link AuditEvent#TIME} writes plainly. */
    private static final long FIRST_PLAIN_SECOND = LocalDate.of(0, 1, 1).toEpochDay() * SECONDS_PER_DAY;
    private static final long END_PLAIN_SECOND = LocalDate.of(10_000, 1, 1).toEpochDay() * SECONDS_PER_DAY;

    private final CanonicalBytes out = new CanonicalBytes();
    private final MessageDigest sha256;
    private final byte[] digest = new byte[32];

    public EventDigest() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The event's hash as lower-case hex, as {@link AuditEvent#computeHash()} gives it. */
    public String hash(AuditEvent event) {
        return HexFormat.of().formatHex(digest(event));
    }

    /** Whether the event's content hashes to {@code expectedHex} (lower-case hex, as hashes are stored). */
    public boolean matches(AuditEvent event, String expectedHex) {
        if (expectedHex == null || expectedHex.length() != 64) {
            return false;
        }
        byte[] actual = digest(event);
        for (int i = 0; i < 32; i++) {
            int high = lowerHex(expectedHex.charAt(2 * i));
            int low = lowerHex(expectedHex.charAt(2 * i + 1));
            if (high < 0 || low < 0 || (byte) (high << 4 | low) != actual[i]) {
                return false;
            }
        }
        return true;
    }

    /** The canonical form's UTF-8 bytes, for tests that hold them against {@link AuditEvent#canonicalForm()}. */
    byte[] canonicalBytes(AuditEvent event) {
        write(event);
        return java.util.Arrays.copyOf(out.bytes(), out.length());
    }

    private byte[] digest(AuditEvent event) {
        write(event);
        sha256.update(out.bytes(), 0, out.length());
        try {
            sha256.digest(digest, 0, digest.length);
        } catch (DigestException e) {
            throw new IllegalStateException("a SHA-256 digest is 32 bytes", e);
        }
        return digest;
    }

    /** Members in RFC 8785 order, as {@link AuditEvent#canonicalForm()} writes them. */
    private void write(AuditEvent event) {
        out.reset();
        out.raw(ACTION).string(event.action());
        out.raw(ACTOR).string(event.actor());
        out.raw(ACTOR_ROLES).string(event.actorRoles());
        out.raw(AGREEMENT_ID).number(event.agreementId());
        out.raw(AGREEMENT_VERSION).number(event.agreementVersion());
        out.raw(CLIENT_ADDRESS).string(event.clientAddress());
        out.raw(CONTENT_HASH).string(event.contentHash());
        out.raw(DETAILS).string(event.details());
        out.raw(OCCURRED_AT);
        time(event.occurredAt());
        out.raw(PREVIOUS_HASH).string(event.previousHash());
        out.raw(SEQUENCE).number(event.sequence());
        out.ascii('}');
    }

    /** {@link AuditEvent#TIME} without a formatter: {@code uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'}, the fraction truncated. */
    private void time(Instant at) {
        if (at == null) {
            out.nullValue();
            return;
        }
        long seconds = at.getEpochSecond();
        if (seconds < FIRST_PLAIN_SECOND || seconds >= END_PLAIN_SECOND) {
            out.string(AuditEvent.TIME.format(at)); // signed years: left to the formatter, they never occur
            return;
        }
        LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(seconds, SECONDS_PER_DAY));
        int secondOfDay = (int) Math.floorMod(seconds, SECONDS_PER_DAY);
        out.ascii('"').digits(day.getYear(), 4).ascii('-').digits(day.getMonthValue(), 2).ascii('-')
                .digits(day.getDayOfMonth(), 2).ascii('T').digits(secondOfDay / 3600, 2).ascii(':')
                .digits(secondOfDay / 60 % 60, 2).ascii(':').digits(secondOfDay % 60, 2).ascii('.')
                .digits(at.getNano() / 1_000, 6).ascii('Z').ascii('"');
    }

    private static int lowerHex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
    }

    private static byte[] member(char separator, String name) {
        return (separator + "\"" + name + "\":").getBytes(StandardCharsets.US_ASCII);
    }
}
