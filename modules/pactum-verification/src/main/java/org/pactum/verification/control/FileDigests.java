package org.pactum.verification.control;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Digests of one file's prefixes, and of signed byte ranges (which are a prefix up to the signature's hole plus the
 * rest of its revision), streamed once per algorithm with the JDK's {@link MessageDigest}: every signature, document
 * timestamp and revision of an incremental PDF covers the same earlier bytes, so hashing each range from the start
 * would hash a 10 MB file once per signature. One pass keeps a copy of the digest's state at each offset given; a
 * range then costs only its own tail. Not thread-safe: one per verification.
 */
public final class FileDigests {

    private final byte[] file;
    private final NavigableSet<Integer> offsets = new TreeSet<>();
    private final Map<String, NavigableMap<Integer, MessageDigest>> states = new HashMap<>();

    /** @param offsets where ranges will start their second part or prefixes end; others are allowed, only slower */
    public FileDigests(byte[] file, Collection<Long> offsets) {
        this.file = file;
        keepStatesAt(offsets);
    }

    /**
     * Where further ranges will start their second part or prefixes end, for the parts of a verification that learn
     * them later; once a digest has been computed they only make the next algorithm's pass keep more.
     */
    public FileDigests keepStatesAt(Collection<Long> more) {
        for (long offset : more) {
            if (offset > 0 && offset <= file.length) {
                this.offsets.add((int) offset);
            }
        }
        return this;
    }

    /** The digest of the first {@code end} bytes. */
    public byte[] prefix(long end, String jdkName) {
        if (end < 0 || end > file.length) {
            throw new IllegalArgumentException("No prefix of " + end + " bytes in a file of " + file.length);
        }
        return stateAt((int) end, jdkName).digest();
    }

    /** The digest of a byte range {@link ByteRangeCheck} accepted: {@code [0, range[1])} and then the second part. */
    byte[] range(long[] range, String jdkName) {
        if (range[0] != 0) {
            return RangeDigest.of(file, range, jdkName);
        }
        MessageDigest digest = stateAt((int) range[1], jdkName);
        digest.update(file, (int) range[2], (int) range[3]);
        return digest.digest();
    }

    /** A fresh digest that has consumed the first {@code end} bytes, continued from the nearest state kept. */
    private MessageDigest stateAt(int end, String jdkName) {
        Map.Entry<Integer, MessageDigest> nearest = states.computeIfAbsent(jdkName, this::pass).floorEntry(end);
        MessageDigest digest = copy(nearest.getValue());
        digest.update(file, nearest.getKey(), end - nearest.getKey());
        return digest;
    }

    private NavigableMap<Integer, MessageDigest> pass(String jdkName) {
        MessageDigest running;
        try {
            running = MessageDigest.getInstance(jdkName);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK lacks " + jdkName, e);
        }
        NavigableMap<Integer, MessageDigest> kept = new TreeMap<>();
        kept.put(0, copy(running));
        int at = 0;
        for (int offset : offsets) {
            running.update(file, at, offset - at);
            at = offset;
            kept.put(at, copy(running));
        }
        return kept;
    }

    private static MessageDigest copy(MessageDigest digest) {
        try {
            return (MessageDigest) digest.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("The JDK's " + digest.getAlgorithm() + " cannot be copied", e);
        }
    }
}
