package org.pactum.web.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.pactum.domain.error.FieldError;
import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.error.Rule;

/** The version a change is based on: the body's, else If-Match as this API sends ETags, and nothing else. */
class ExpectedVersionTest {

    private static FieldError refused(Long body, String ifMatch) {
        return assertThrows(InvalidInputException.class, () -> ExpectedVersion.of(body, ifMatch), ifMatch).errors().getFirst();
    }

    @Test
    void the_body_wins_and_if_match_is_read_as_sent() {
        assertEquals(4, ExpectedVersion.of(4L, "\"9\""));
        assertEquals(3, ExpectedVersion.of(null, "\"3\""));
        assertEquals(3, ExpectedVersion.of(null, " W/\"3\" "));
        assertEquals(3, ExpectedVersion.of(null, "3"));
    }

    @Test
    void an_if_match_that_is_no_etag_of_this_api_is_refused_naming_it() {
        for (String ifMatch : new String[] {"*", "\"1\"\"2\"", "\"3", "\"3\", \"4\"", "\"-3\"", "\"abc\"", "\"+3\""}) {
            FieldError error = refused(null, ifMatch);
            assertEquals("If-Match", error.field());
            assertEquals(Rule.MALFORMED, error.rule(), ifMatch);
        }
        assertEquals(Rule.OUT_OF_RANGE, refused(null, "\"99999999999999999999\"").rule());
        assertEquals("version", refused(null, " ").field());
    }
}
