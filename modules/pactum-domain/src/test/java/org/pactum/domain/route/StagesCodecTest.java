package org.pactum.domain.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pactum.domain.error.InvalidInputException;

/** A stage's quorum is a whole number of approvers, never a fraction rounded down nor a number wrapped around. */
class StagesCodecTest {

    private static Map<String, Object> stage(Object quorum) {
        return Map.of("name", Map.of("ru", "Юристы"), "approvers", List.of("user:a", "user:b", "user:c"),
                "rule", "QUORUM", "quorum", quorum);
    }

    @Test
    void a_whole_quorum_is_read_as_it_is_written() {
        assertEquals(2, StagesCodec.fromJson(stage(new BigDecimal("2"))).quorum());
        assertEquals(2, StagesCodec.fromJson(stage(new BigDecimal("2.0"))).quorum());
        assertEquals(2, StagesCodec.fromJson(stage(2L)).quorum());
    }

    @Test
    void a_fraction_a_huge_number_or_a_text_is_refused_naming_the_quorum() {
        for (Object quorum : List.of(new BigDecimal("2.5"), new BigDecimal("1e30"), new BigDecimal("1e-999999999"), "2")) {
            InvalidInputException refused = assertThrows(InvalidInputException.class,
                    () -> StagesCodec.fromJson(stage(quorum)), String.valueOf(quorum));
            assertEquals("quorum", refused.errors().getFirst().field());
        }
    }
}
