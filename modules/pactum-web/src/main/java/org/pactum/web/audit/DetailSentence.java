package org.pactum.web.audit;

/**
 * One sentence about an audit event, as the audit page and its CSV export say it. A sentence that names a hash has
 * the hash apart, so the page can shorten it for the eye and keep it whole on hover.
 *
 * @param text what is said, e.g. {@code Статус изменён: проект → на согласовании.}; a label ending in a colon when
 *             a hash follows
 * @param hash a SHA-256 hex value the sentence names, or null
 */
public record DetailSentence(String text, String hash) {

    public static DetailSentence of(String text) {
        return new DetailSentence(text, null);
    }

    public boolean hasHash() {
        return hash != null;
    }

    public String shortHash() {
        return AuditRow.shorten(hash);
    }

    /** The sentence with its hash whole, as a file keeps it. */
    public String whole() {
        return hash == null ? text : text + " " + hash;
    }
}
