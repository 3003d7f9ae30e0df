package org.pactum.web.audit;

import java.util.regex.Pattern;

/** One entry of an audit event's details, as the audit page lists them: {@code key: value}. */
public record DetailLine(String key, String value) {

    private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");

    /** A SHA-256 hex value, which the page shortens like the event's own hashes. */
    public boolean isHash() {
        return value != null && SHA_256.matcher(value).matches();
    }

    public String shortValue() {
        return isHash() ? AuditRow.shorten(value) : value;
    }
}
