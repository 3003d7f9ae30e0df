package org.pactum.domain.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.pactum.domain.agreement.AgreementQuery;
import org.pactum.domain.audit.AuditQuery;
import org.pactum.domain.error.InvalidInputException;

/** A page far beyond the last is refused with the parameter named, never turned into a negative position. */
class PagesTest {

    @Test
    void a_page_whose_start_overflows_is_refused_naming_the_page() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> new AgreementQuery(null, null, null, null, null, Integer.MAX_VALUE, 20));
        assertEquals("page", refused.errors().getFirst().field());
        assertThrows(InvalidInputException.class,
                () -> new AuditQuery(null, null, null, null, null, Integer.MAX_VALUE, 50));
    }

    @Test
    void the_last_page_that_fits_is_accepted_and_starts_where_it_should() {
        int last = Integer.MAX_VALUE / 20;
        assertEquals(last * 20, new AgreementQuery(null, null, null, null, null, last, 20).offset());
        assertThrows(InvalidInputException.class, () -> Pages.check(last + 1, 20, 100));
        assertEquals(40, new AuditQuery(null, null, null, null, null, 2, 20).offset());
    }

    @Test
    void negative_pages_and_sizes_outside_the_range_are_refused() {
        assertThrows(InvalidInputException.class, () -> Pages.check(-1, 20, 100));
        assertThrows(InvalidInputException.class, () -> Pages.check(0, 0, 100));
        assertThrows(InvalidInputException.class, () -> Pages.check(0, 101, 100));
    }
}
