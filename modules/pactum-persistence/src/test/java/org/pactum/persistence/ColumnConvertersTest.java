package org.pactum.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pactum.domain.agreement.TemplateReference;
import org.pactum.fixtures.Wordings;

/** The converters orm.xml applies to an agreement's wording and origin. */
class ColumnConvertersTest {

    private final TemplateReferenceColumn origin = new TemplateReferenceColumn();
    private final WordingColumn wording = new WordingColumn();

    @Test
    void a_template_reference_is_stored_as_id_slash_version() {
        TemplateReference reference = new TemplateReference("cooperation-agreement", 2);

        assertEquals("cooperation-agreement/2", origin.convertToDatabaseColumn(reference));
        assertEquals(reference, origin.convertToEntityAttribute("cooperation-agreement/2"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"cooperation-agreement", "cooperation-agreement/", "/2", "cooperation-agreement/two", ""})
    void a_column_that_is_not_a_template_reference_is_refused(String column) {
        assertThrows(IllegalArgumentException.class, () -> origin.convertToEntityAttribute(column));
    }

    @Test
    void a_wording_round_trips_through_its_column() {
        assertEquals(Wordings.omskPavlodar(), wording.convertToEntityAttribute(wording.convertToDatabaseColumn(Wordings.omskPavlodar())));
    }

    @Test
    void null_stays_null_both_ways() {
        assertNull(origin.convertToDatabaseColumn(null));
        assertNull(origin.convertToEntityAttribute(null));
        assertNull(wording.convertToDatabaseColumn(null));
        assertNull(wording.convertToEntityAttribute(null));
    }
}
