package org.pactum.web.forms;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The domain's field paths are read into a shape, indexes and a language, whatever form they come from. */
class FieldPathTest {

    @Test
    void an_article_text_in_a_language_has_the_article_shape_its_index_and_the_language() {
        FieldPath path = FieldPath.parse("wording.clauses[3].text.kk");
        assertAll(
                () -> assertEquals("wording.clauses[].text", path.shape()),
                () -> assertEquals(3, path.index()),
                () -> assertEquals(Optional.of("kk"), path.language()),
                () -> assertEquals("text", path.name()));
    }

    @Test
    void a_language_right_after_an_index_is_the_language_of_the_row() {
        FieldPath path = FieldPath.parse("clauses[1].en");
        assertAll(
                () -> assertEquals("clauses[]", path.shape()),
                () -> assertEquals(1, path.index()),
                () -> assertEquals(Optional.of("en"), path.language()));
    }

    @Test
    void a_path_without_index_or_language_is_its_own_shape() {
        assertAll(
                () -> assertEquals("title", FieldPath.parse("title.kk").shape()),
                () -> assertEquals("term.years", FieldPath.parse("term.years").shape()),
                () -> assertEquals(Optional.empty(), FieldPath.parse("term.years").language()),
                () -> assertEquals("wording.kindName", FieldPath.parse("wording.kindName").shape()));
    }

    @Test
    void a_field_that_only_looks_like_a_language_code_is_no_language() {
        FieldPath id = FieldPath.parse("id");
        FieldPath key = FieldPath.parse("clauses[2].key");
        assertAll(
                () -> assertEquals("id", id.shape()),
                () -> assertEquals(Optional.empty(), id.language()),
                () -> assertEquals("clauses[].key", key.shape()),
                () -> assertEquals(Optional.empty(), key.language()));
    }

    @Test
    void every_index_is_read_and_one_too_large_for_a_number_names_no_row() {
        FieldPath path = FieldPath.parse("parties[1].signatories[12]");
        assertAll(
                () -> assertEquals("parties[].signatories[]", path.shape()),
                () -> assertEquals(List.of(1, 12), path.indexes()),
                () -> assertEquals(Integer.MAX_VALUE, FieldPath.parse("parties[99999999999]").index()),
                () -> assertThrows(IllegalStateException.class, () -> FieldPath.parse("parties").index()));
    }
}
