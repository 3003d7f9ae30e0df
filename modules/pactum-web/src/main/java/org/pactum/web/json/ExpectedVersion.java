package org.pactum.web.json;

import jakarta.ws.rs.core.EntityTag;

import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.error.Rule;

/**
 * The version a change is based on, from the body or from {@code If-Match}; a change without one is refused, because
 * it could silently overwrite someone else's.
 */
public final class ExpectedVersion {

    private ExpectedVersion() {
    }

    public static long of(Long bodyVersion, String ifMatch) {
        if (bodyVersion != null) {
            return bodyVersion;
        }
        if (ifMatch != null && !ifMatch.isBlank()) {
            try {
                return Long.parseLong(ifMatch.strip().replaceFirst("^W/", "").replace("\"", ""));
            } catch (NumberFormatException e) {
                throw new InvalidInputException("If-Match", Rule.MALFORMED, "must be an ETag this API sent, such as \"3\"");
            }
        }
        throw new InvalidInputException("version", Rule.REQUIRED, "must be given: the version you based the change on (or send If-Match)");
    }

    public static EntityTag tag(long version) {
        return new EntityTag(Long.toString(version));
    }
}
