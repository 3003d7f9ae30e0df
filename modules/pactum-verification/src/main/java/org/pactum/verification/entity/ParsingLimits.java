package org.pactum.verification.entity;

/**
 * How much work one verification may cost before the file is refused instead of judged. Genuine agreements stay far
 * below every default (a 10 MB agreement with three signatures is read in well under a second, holds some tens of
 * thousands of objects, nests a handful of levels, and the verifier inflates only its structure: cross-reference and
 * object streams and the security store, not its images and page content); a crafted file that would
 * otherwise hold a thread for minutes or fill the heap hits one of them first.
 *
 * <p>Every limit, time included, refuses the file with a 4xx ({@code 422 invalid-input} on {@code file}, naming the
 * limit; the size limit {@code pactum.verification.max-bytes} stays {@code 413}) and never yields a verdict:
 * TOTAL_FAILED would say a signature is broken, INDETERMINATE that something is missing, and neither is known of a
 * file that was not read whole. It is a 4xx, not a 5xx, because the input is at fault: the defaults lie orders of
 * magnitude above what genuine agreements need, so even the clock (which a loaded server also spends) runs out only
 * on files crafted or broken to make it.
 *
 * @param maxMillis            wall-clock time for one verification: every reading of the file, the checks of its
 *                             signatures and the revision analysis together ({@code pactum.verification.max-millis})
 * @param maxObjects           objects one reading of the file may hold: every value the parser reads (numbers, names,
 *                             strings, arrays, dictionaries, references, direct ones inside others included), and
 *                             the indirect objects its cross-reference sections and object streams declare
 *                             ({@code pactum.verification.max-objects})
 * @param maxDepth             how deeply arrays and dictionaries may nest in one object, and how many levels the page
 *                             tree and a field's parents may have ({@code pactum.verification.max-depth})
 * @param maxDecompressedBytes stream bytes one reading of the file may inflate, all streams together: the guard
 *                             against deflate bombs ({@code pactum.verification.max-decompressed-bytes})
 */
public record ParsingLimits(long maxMillis, long maxObjects, int maxDepth, long maxDecompressedBytes) {

    /** The defaults of the configuration: 10 s, 2,000,000 objects, 100 levels, 64 MiB inflated. */
    public static final ParsingLimits DEFAULTS = new ParsingLimits(10_000, 2_000_000, 100, 64L * 1024 * 1024);

    public ParsingLimits {
        if (maxMillis <= 0 || maxObjects <= 0 || maxDepth <= 0 || maxDecompressedBytes <= 0) {
            throw new IllegalArgumentException("every parsing limit must be positive: " + maxMillis + " ms, "
                    + maxObjects + " objects, " + maxDepth + " levels, " + maxDecompressedBytes + " bytes");
        }
    }

    /** The limit named, as configured. */
    public long of(ParsingLimit limit) {
        return switch (limit) {
            case TIME -> maxMillis;
            case OBJECTS -> maxObjects;
            case DEPTH -> maxDepth;
            case DECOMPRESSED_BYTES -> maxDecompressedBytes;
        };
    }
}
