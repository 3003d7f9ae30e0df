package org.pactum.web.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.pactum.domain.error.FieldError;
import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.error.Rule;

/** Whole numbers and true/false from the address, strictly, with the parameter named when they are not. */
class TypedParametersTest {

    private final TypedParameters parameters = new TypedParameters();

    @SuppressWarnings("unused")
    private void resource(@PathParam("id") long id, @QueryParam("page") @DefaultValue("0") int page,
                          @QueryParam("party") Long party, @QueryParam("unread") boolean unread,
                          @HeaderParam("X-Count") Integer count, String body) {
    }

    private static Annotation[] annotationsOf(int parameter) throws NoSuchMethodException {
        Method method = TypedParametersTest.class.getDeclaredMethod("resource", long.class, int.class, Long.class,
                boolean.class, Integer.class, String.class);
        return method.getParameterAnnotations()[parameter];
    }

    private <T> ParamConverter<T> converter(Class<T> type, int parameter) throws NoSuchMethodException {
        return parameters.getConverter(type, type, annotationsOf(parameter));
    }

    /** What the converter refuses with; in the server it travels as a {@link ParameterRefusedException}. */
    private static FieldError refused(ParamConverter<?> converter, String text) {
        Executable reading = converter instanceof TypedParameters.WholeNumber<?> whole
                ? () -> whole.read(text) : () -> ((TypedParameters.Truth) converter).read(text);
        return assertThrows(InvalidInputException.class, reading, text).errors().getFirst();
    }

    @Test
    void well_formed_numbers_are_converted_and_absent_ones_are_left_to_the_default() throws Exception {
        assertEquals(987654321L, converter(long.class, 0).fromString("987654321"));
        assertEquals(-1L, converter(long.class, 0).fromString("-1"), "a well-formed id that names nothing is a 404 later");
        assertEquals(2, converter(int.class, 1).fromString("2"));
        assertEquals(0, converter(int.class, 1).fromString(null), "a primitive gets its zero value, as JAX-RS gives it");
        assertNull(converter(Long.class, 2).fromString(null));
        assertNull(converter(Long.class, 2).fromString(""), "an empty ?party= is no filter");
        assertEquals(Long.MAX_VALUE, converter(Long.class, 2).fromString("0009223372036854775807"));
    }

    @Test
    void text_that_is_no_whole_number_is_refused_naming_the_parameter() throws Exception {
        for (String text : new String[] {"abc", " ", "1.5", "1e3", "0x10", "٣", " 1"}) {
            FieldError error = refused(converter(int.class, 1), text);
            assertEquals("page", error.field());
            assertEquals(Rule.MALFORMED, error.rule());
        }
        assertEquals("id", refused(converter(long.class, 0), " ").field());
        assertEquals("party", refused(converter(Long.class, 2), "abc").field());
        assertEquals("X-Count", refused(converter(Integer.class, 4), "many").field());
    }

    @Test
    void a_number_beyond_its_type_is_out_of_range_not_wrapped_around() throws Exception {
        FieldError error = refused(converter(long.class, 0), "99999999999999999999");
        assertEquals("id", error.field());
        assertEquals(Rule.OUT_OF_RANGE, error.rule());
        assertEquals(Rule.OUT_OF_RANGE, refused(converter(int.class, 1), "2147483648").rule());
        assertEquals(Rule.OUT_OF_RANGE, refused(converter(int.class, 1), "-" + "9".repeat(10_000)).rule());
    }

    @Test
    void true_and_false_are_the_only_truths() throws Exception {
        ParamConverter<Boolean> unread = converter(boolean.class, 3);
        assertEquals(Boolean.TRUE, unread.fromString("TRUE"));
        assertEquals(Boolean.FALSE, unread.fromString("false"));
        assertEquals(Boolean.FALSE, unread.fromString(null));
        assertEquals("unread", refused(unread, "yes").field());
    }

    @Test
    void other_types_and_unnamed_values_are_left_to_jax_rs() throws Exception {
        assertNull(converter(String.class, 5));
        assertNull(parameters.getConverter(long.class, long.class, new Annotation[0]));
    }
}
