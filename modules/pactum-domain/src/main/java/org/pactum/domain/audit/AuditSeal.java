package org.pactum.domain.audit;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.pactum.domain.canonical.CanonicalJson;

/**
 * A signature of the system's seal key over the chain head at some sequence. An insider who rewrites the whole chain
 * consistently cannot produce the seals of the rewritten heads without the key.
 */
public class AuditSeal {

    private long sequence;
    private String headHash;
    private Instant sealedAt;
    private String keyId;
    private String algorithm;
    private String signature;
    private String timestampToken;

    protected AuditSeal() {
    }

    public AuditSeal(long sequence, String headHash, Instant sealedAt, String keyId, String algorithm, String signature) {
        this.sequence = sequence;
        this.headHash = headHash;
        this.sealedAt = sealedAt;
        this.keyId = keyId;
        this.algorithm = algorithm;
        this.signature = signature;
    }

    /** What the seal key signs: RFC 8785 JSON of sequence, head hash, time and key id, in UTF-8. */
    public static String signedContent(long sequence, String headHash, Instant sealedAt, String keyId) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("sequence", sequence);
        fields.put("headHash", headHash);
        fields.put("sealedAt", AuditEvent.TIME.format(sealedAt));
        fields.put("keyId", keyId);
        return CanonicalJson.encode(fields);
    }

    public String signedContent() {
        return signedContent(sequence, headHash, sealedAt, keyId);
    }

    public long sequence() {
        return sequence;
    }

    public String headHash() {
        return headHash;
    }

    public Instant sealedAt() {
        return sealedAt;
    }

    /** SHA-256 (hex) of the seal key's public key in X.509 SubjectPublicKeyInfo form. */
    public String keyId() {
        return keyId;
    }

    /** JCA signature algorithm, e.g. SHA256withECDSA. */
    public String algorithm() {
        return algorithm;
    }

    /** Base64 of the signature bytes. */
    public String signature() {
        return signature;
    }

    /**
     * Base64 of an RFC 3161 time-stamp token over the SHA-256 of the signature bytes, when a time-stamping authority
     * was configured; it proves the seal existed at that time even to someone who distrusts the system's clock.
     */
    public java.util.Optional<String> timestampToken() {
        return java.util.Optional.ofNullable(timestampToken);
    }

    /** Called once, before the seal is stored. */
    public void attachTimestamp(String token) {
        if (timestampToken != null) {
            throw new IllegalStateException("the seal at " + sequence + " already has a time-stamp");
        }
        this.timestampToken = token;
    }
}
