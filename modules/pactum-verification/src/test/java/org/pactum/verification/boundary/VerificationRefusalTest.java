package org.pactum.verification.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.pactum.domain.error.FieldError;
import org.pactum.domain.error.Rule;
import org.pactum.verification.control.ParsingLimitExceededException;
import org.pactum.verification.entity.ParsingLimit;

/** A file over a parsing limit is refused on its field {@code file}, naming the limit and its value. */
class VerificationRefusalTest {

    @Test
    void too_many_objects_is_too_many_with_the_limit_as_detail() {
        FieldError error = Verification.refusal(new ParsingLimitExceededException(ParsingLimit.OBJECTS, 2_000_000))
                .errors().getFirst();

        assertEquals(new FieldError("file", Rule.TOO_MANY, "has more than 2000000 objects", "2000000"), error);
    }

    @Test
    void nesting_is_too_many_levels_and_time_and_inflation_are_too_long() {
        assertEquals(Rule.TOO_MANY, rule(ParsingLimit.DEPTH));
        assertEquals(Rule.TOO_LONG, rule(ParsingLimit.TIME));
        assertEquals(Rule.TOO_LONG, rule(ParsingLimit.DECOMPRESSED_BYTES));
    }

    @Test
    void time_names_the_milliseconds_allowed() {
        assertEquals("cannot be verified within 10000 ms", Verification.refusal(
                new ParsingLimitExceededException(ParsingLimit.TIME, 10_000)).errors().getFirst().message());
    }

    private static Rule rule(ParsingLimit limit) {
        return Verification.refusal(new ParsingLimitExceededException(limit, 1)).errors().getFirst().rule();
    }
}
