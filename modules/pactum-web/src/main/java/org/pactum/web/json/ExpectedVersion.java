package org.pactum.web.json;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.EntityTag;

import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.error.Rule;

/**
 * The version a change is based on, from the body or from {@code If-Match}; a change without one is refused, because
 * it could silently overwrite someone else's.
 */
public final class ExpectedVersion {

    /** An ETag as this API sends it, or its bare number; quotes in pairs only, so "1""2" is not read as 12. */
    private static final Pattern TAG = Pattern.compile("(?:W/)?(\"?)([0-9]{1,30})\\1");

    private ExpectedVersion() {
    }

    public static long of(Long bodyVersion, String ifMatch) {
        if (bodyVersion != null) {
            return bodyVersion;
        }
        if (ifMatch != null && !ifMatch.isBlank()) {
            Matcher tag = TAG.matcher(ifMatch.strip());
            if (!tag.matches()) {
                throw new InvalidInputException("If-Match", Rule.MALFORMED, "must be an ETag this API sent, such as \"3\"");
            }
            try {
                return Long.parseLong(tag.group(2));
            } catch (NumberFormatException e) {
                throw new InvalidInputException("If-Match", Rule.OUT_OF_RANGE, "names no version this API sent");
            }
        }
        throw new InvalidInputException("version", Rule.REQUIRED, "must be given: the version you based the change on (or send If-Match)");
    }

    public static EntityTag tag(long version) {
        return new EntityTag(Long.toString(version));
    }
}
