package org.pactum.web.faces;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PageParametersTest {

    @Test
    void an_unusable_page_is_the_first() {
        assertAll(
                () -> assertEquals(0, PageParameters.index(null)),
                () -> assertEquals(0, PageParameters.index("-3")),
                () -> assertEquals(0, PageParameters.index("two")),
                () -> assertEquals(2, PageParameters.index(" 2 ")));
    }

    @Test
    void a_page_beyond_what_a_query_can_skip_to_is_the_first() {
        assertAll(
                () -> assertEquals(0, PageParameters.index("2147483647", 20)),
                () -> assertEquals(Integer.MAX_VALUE / 20, PageParameters.index(String.valueOf(Integer.MAX_VALUE / 20), 20)),
                () -> assertEquals(0, PageParameters.index(String.valueOf(Integer.MAX_VALUE / 20 + 1), 20)));
    }

    @Test
    void a_size_outside_the_limits_is_the_usual_one() {
        assertAll(
                () -> assertEquals(50, PageParameters.size(null, 50, 500)),
                () -> assertEquals(50, PageParameters.size("0", 50, 500)),
                () -> assertEquals(50, PageParameters.size("501", 50, 500)),
                () -> assertEquals(50, PageParameters.size("99999999999", 50, 500)),
                () -> assertEquals(500, PageParameters.size("500", 50, 500)));
    }
}
