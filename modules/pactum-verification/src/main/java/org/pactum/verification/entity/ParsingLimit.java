package org.pactum.verification.entity;

/** One of the {@link ParsingLimits}, with the configuration key that sets it and how a refusal words it. */
public enum ParsingLimit {
    TIME("pactum.verification.max-millis", "cannot be verified within %d ms"),
    OBJECTS("pactum.verification.max-objects", "has more than %d objects"),
    DEPTH("pactum.verification.max-depth", "nests arrays, dictionaries, pages or fields more than %d levels deep"),
    DECOMPRESSED_BYTES("pactum.verification.max-decompressed-bytes", "inflates to more than %d bytes of streams");

    private final String property;
    private final String refusal;

    ParsingLimit(String property, String refusal) {
        this.property = property;
        this.refusal = refusal;
    }

    /** The MicroProfile Config key, e.g. {@code pactum.verification.max-objects}. */
    public String property() {
        return property;
    }

    /** What is wrong with a file over the limit, e.g. "has more than 2000000 objects". */
    public String refusal(long limit) {
        return refusal.formatted(limit);
    }
}
