package org.pactum.web.input;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pactum.domain.error.FieldError;
import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.error.Rule;
import org.pactum.web.registry.AgreementInput;
import org.pactum.web.routing.RouteInput;

/** What the strict reading lets through to JSON-B and what it refuses, by the place in the body and the rule. */
class JsonBodyCheckTest {

    private static final String AGREEMENT = """
            {"kind":"COOPERATION_AGREEMENT","languages":["ru","kk"],
             "title":{"ru":"Соглашение","kk":"Келісім"},
             "partyIds":[1,2],"areas":["EDUCATION"],
             "term":{"startsOn":"2027-01-01","years":5,"autoRenewal":true},"version":3}
            """;

    private static void check(String json, Type target) {
        JsonBodyCheck.check(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), target);
    }

    private static FieldError unreadable(String json, Type target) {
        List<FieldError> errors = assertThrows(UnreadableBodyException.class, () -> check(json, target), json).errors();
        assertEquals(1, errors.size(), errors::toString);
        return errors.getFirst();
    }

    private static FieldError invalid(String json, Type target) {
        List<FieldError> errors = assertThrows(InvalidInputException.class, () -> check(json, target), json).errors();
        assertEquals(1, errors.size(), errors::toString);
        return errors.getFirst();
    }

    @Test
    void a_body_of_the_shape_its_type_takes_passes_with_unknown_members_left_alone() {
        assertDoesNotThrow(() -> check(AGREEMENT, AgreementInput.class));
        assertDoesNotThrow(() -> check(AGREEMENT.replace("\"version\":3", "\"version\":null,\"extra\":{\"n\":[1.5,\"x\",null]}"),
                AgreementInput.class));
        assertDoesNotThrow(() -> check("null", AgreementInput.class), "null is left to the endpoint's @NotNull");
        assertDoesNotThrow(() -> check(AGREEMENT.replace("\"years\":5", "\"years\":5.0"), AgreementInput.class),
                "5.0 is a whole number");
        assertDoesNotThrow(() -> check(AGREEMENT.replace("\"years\":5", "\"years\":1e1"), AgreementInput.class));
        assertDoesNotThrow(() -> check("[\"signer1\"]  \n", List.class), "white space after the value is no content");
    }

    @Test
    void a_whole_number_beyond_its_field_is_refused_instead_of_wrapping_around() {
        FieldError error = invalid(AGREEMENT.replace("[1,2]", "[1,18446744073709551617]"), AgreementInput.class);
        assertEquals("partyIds[1]", error.field());
        assertEquals(Rule.OUT_OF_RANGE, error.rule());
        assertEquals("term.years", invalid(AGREEMENT.replace("\"years\":5", "\"years\":2147483648"), AgreementInput.class).field());
        assertEquals("version", invalid(AGREEMENT.replace("\"version\":3", "\"version\":-9223372036854775809"),
                AgreementInput.class).field());
    }

    @Test
    void a_fraction_for_a_whole_number_is_refused_instead_of_cut_off() {
        FieldError error = invalid(AGREEMENT.replace("\"years\":5", "\"years\":5.9"), AgreementInput.class);
        assertEquals("term.years", error.field());
        assertEquals(Rule.MALFORMED, error.rule());
        assertEquals("partyIds[0]", invalid(AGREEMENT.replace("[1,2]", "[1e-1,2]"), AgreementInput.class).field());
    }

    @Test
    void numbers_with_absurd_exponents_or_lengths_are_refused_at_once() {
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            assertEquals("term.years", invalid(AGREEMENT.replace("\"years\":5", "\"years\":1e999999999"), AgreementInput.class).field());
            assertEquals("term.years", invalid(AGREEMENT.replace("\"years\":5", "\"years\":1e-999999999"), AgreementInput.class).field());
            assertEquals("term.years", invalid(AGREEMENT.replace("\"years\":5", "\"years\":1e99999999999"), AgreementInput.class).field());
            String long_ = "1".repeat(100_000);
            FieldError anywhere = invalid(AGREEMENT.replace("\"version\":3", "\"version\":3,\"x\":" + long_), AgreementInput.class);
            assertEquals("x", anywhere.field());
            assertEquals(Rule.OUT_OF_RANGE, anywhere.rule());
        });
    }

    @Test
    void null_for_a_field_that_cannot_be_absent_is_invalid_input() {
        FieldError error = invalid(AGREEMENT.replace("\"autoRenewal\":true", "\"autoRenewal\":null"), AgreementInput.class);
        assertEquals("term.autoRenewal", error.field());
        assertEquals(Rule.REQUIRED, error.rule());
    }

    @Test
    void null_as_an_item_of_a_list_is_invalid_input() {
        FieldError area = invalid(AGREEMENT.replace("[\"EDUCATION\"]", "[null,\"EDUCATION\"]"), AgreementInput.class);
        assertEquals("areas[0]", area.field());
        assertEquals(Rule.REQUIRED, area.rule());
        assertEquals("partyIds[1]", invalid(AGREEMENT.replace("[1,2]", "[1,null]"), AgreementInput.class).field());
        assertEquals("stages[0]", invalid("{\"stages\":[null]}", RouteInput.class).field());
        assertDoesNotThrow(() -> check(AGREEMENT.replace("\"version\":3", "\"x\":[null]"), AgreementInput.class),
                "a member the type does not have is not read");
    }

    @Test
    void text_after_the_json_value_makes_the_body_unreadable() {
        for (String trailing : List.of("xyz", "}", "{}", "\"x\"", "1", ",")) {
            FieldError error = unreadable(AGREEMENT.strip() + trailing, AgreementInput.class);
            assertEquals("body", error.field(), trailing);
            assertTrue(error.message().startsWith("has more after the JSON value"), error.message());
        }
    }

    @Test
    void a_name_given_twice_in_one_object_is_refused_wherever_it_is() {
        FieldError error = unreadable(AGREEMENT.replace("\"kk\":\"Келісім\"", "\"kk\":\"Келісім\",\"ru\":\"Другое\""),
                AgreementInput.class);
        assertEquals("title.ru", error.field());
        assertEquals(Rule.REPEATED, error.rule());
        assertEquals("x.a", unreadable(AGREEMENT.replace("\"version\":3", "\"x\":{\"a\":1,\"a\":2}"), AgreementInput.class).field());
    }

    @Test
    void values_of_the_wrong_json_type_are_named_with_what_was_expected() {
        FieldError text = unreadable(AGREEMENT.replace("\"years\":5", "\"years\":\"5\""), AgreementInput.class);
        assertEquals("term.years", text.field());
        assertEquals("must be a whole number, not a text", text.message());
        assertEquals("title.kk", unreadable(AGREEMENT.replace("\"Келісім\"", "7"), AgreementInput.class).field());
        assertEquals("partyIds", unreadable(AGREEMENT.replace("[1,2]", "{}"), AgreementInput.class).field());
        assertEquals("term", unreadable(AGREEMENT.replace("{\"startsOn\":\"2027-01-01\",\"years\":5,\"autoRenewal\":true}", "[]"),
                AgreementInput.class).field());
        assertEquals("term.autoRenewal", unreadable(AGREEMENT.replace("\"autoRenewal\":true", "\"autoRenewal\":\"yes\""),
                AgreementInput.class).field());
        assertEquals("body", unreadable("[1]", AgreementInput.class).field());
        assertEquals("[1]", unreadable("[\"a\",2]", new Holder<List<String>>() { }.type()).field());
    }

    @Test
    void names_dates_and_days_are_checked_against_what_the_field_takes() {
        FieldError kind = unreadable(AGREEMENT.replace("COOPERATION_AGREEMENT", "TREATY"), AgreementInput.class);
        assertEquals("kind", kind.field());
        assertEquals(Rule.UNKNOWN, kind.rule());
        assertEquals("areas[0]", unreadable(AGREEMENT.replace("\"EDUCATION\"", "\"education\""), AgreementInput.class).field());
        assertEquals("term.startsOn", unreadable(AGREEMENT.replace("2027-01-01", "2027-02-30"), AgreementInput.class).field());
    }

    @Test
    void json_that_is_no_json_is_named_where_it_breaks() {
        FieldError error = unreadable("{\"kind\": ", AgreementInput.class);
        assertEquals("kind", error.field());
        assertTrue(error.message().startsWith("is not JSON"), error.message());
        assertEquals("body", unreadable("{'kind': 1}", AgreementInput.class).field());
    }

    @Test
    void nesting_deeper_than_any_body_needs_is_refused_without_descending_further() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        FieldError error = unreadable(AGREEMENT.replace("\"version\":3", "\"x\":" + deep), AgreementInput.class);
        assertTrue(error.field().startsWith("x[0]"), error.field());
        assertDoesNotThrow(() -> check(AGREEMENT.replace("\"version\":3", "\"x\":" + "[".repeat(20) + "]".repeat(20)),
                AgreementInput.class));
    }

    @Test
    void numbers_in_untyped_maps_pass_to_the_code_that_reads_them() {
        assertDoesNotThrow(() -> check("{\"stages\":[{\"quorum\":2.5,\"rule\":\"QUORUM\"}]}", RouteInput.class));
        assertEquals("stages[0]", unreadable("{\"stages\":[7]}", RouteInput.class).field());
    }

    @Test
    void every_fault_of_one_kind_is_reported_together() {
        String twoWrong = AGREEMENT.replace("[1,2]", "[1.5,18446744073709551617]");
        List<FieldError> errors = assertThrows(InvalidInputException.class, () -> check(twoWrong, AgreementInput.class)).errors();
        assertEquals(List.of("partyIds[0]", "partyIds[1]"), errors.stream().map(FieldError::field).toList());
    }

    @Test
    void only_bodies_bound_member_by_member_are_checked() {
        assertTrue(JsonBodyCheck.checks(AgreementInput.class));
        assertTrue(JsonBodyCheck.checks(List.class));
        assertTrue(JsonBodyCheck.checks(Map.class));
        assertEquals(false, JsonBodyCheck.checks(String.class));
        assertEquals(false, JsonBodyCheck.checks(byte[].class));
    }

    /** Captures a generic type, as a resource method's parameter declares it. */
    private abstract static class Holder<T> {
        Type type() {
            return ((java.lang.reflect.ParameterizedType) getClass().getGenericSuperclass()).getActualTypeArguments()[0];
        }
    }
}
