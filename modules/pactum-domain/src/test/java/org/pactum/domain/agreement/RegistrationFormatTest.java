package org.pactum.domain.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegistrationFormatTest {

    @ParameterizedTest
    @CsvSource({"MEMORANDUM_OF_COOPERATION, 17, МС-2026/017", "COOPERATION_AGREEMENT, 1, СС-2026/001",
            "PROTOCOL_OF_INTENT, 999, ПН-2026/999", "SISTER_CITY_AGREEMENT, 1234, ПГ-2026/1234"})
    void the_standard_format_reads_prefix_year_and_a_zero_padded_serial(AgreementKind kind, long serial, String number) {
        assertEquals(number, RegistrationFormat.standard().format(kind, 2026, serial));
    }

    @Test
    void pattern_prefixes_and_width_are_configurable() {
        Map<AgreementKind, String> prefixes = new EnumMap<>(RegistrationFormat.defaultPrefixes());
        prefixes.put(AgreementKind.COOPERATION_AGREEMENT, "01-08");
        RegistrationFormat format = new RegistrationFormat("{year}-{prefix}-{serial}", prefixes, 5);
        assertEquals("2027-01-08-00042", format.format(AgreementKind.COOPERATION_AGREEMENT, 2027, 42));
    }

    @Test
    void a_registration_takes_its_year_from_its_date() {
        Registration registration = RegistrationFormat.standard()
                .registration(AgreementKind.SISTER_CITY_AGREEMENT, LocalDate.of(2026, 12, 31), 7);
        assertEquals("ПГ-2026/007", registration.number());
        assertEquals(2026, registration.year());
        assertEquals(7, registration.serial());
        assertEquals(AgreementKind.SISTER_CITY_AGREEMENT, registration.kind());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{prefix}-{serial}", "{prefix}-{year}", "{year}/{serial}", "{prefix}-{year}/{serial}/{month}",
            "{prefix}-{year}/{serial", "", "  "})
    void a_pattern_without_year_serial_or_prefix_or_with_unknown_parts_is_refused(String pattern) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new RegistrationFormat(pattern, RegistrationFormat.defaultPrefixes(), 3));
        assertTrue(refused.getMessage().startsWith("Invalid registration number format"), refused.getMessage());
    }

    @Test
    void the_refusal_names_what_is_missing() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new RegistrationFormat("{prefix}/{serial}", RegistrationFormat.defaultPrefixes(), 3));
        assertTrue(refused.getMessage().contains("lacks {year}"), refused.getMessage());
    }

    @Test
    void missing_or_shared_prefixes_and_silly_widths_are_refused() {
        Map<AgreementKind, String> shared = new EnumMap<>(RegistrationFormat.defaultPrefixes());
        shared.put(AgreementKind.PROTOCOL_OF_INTENT, "МС");
        assertThrows(IllegalArgumentException.class, () -> new RegistrationFormat(RegistrationFormat.DEFAULT_PATTERN, shared, 3));
        Map<AgreementKind, String> missing = new EnumMap<>(RegistrationFormat.defaultPrefixes());
        missing.remove(AgreementKind.PROTOCOL_OF_INTENT);
        assertThrows(IllegalArgumentException.class, () -> new RegistrationFormat(RegistrationFormat.DEFAULT_PATTERN, missing, 3));
        assertThrows(IllegalArgumentException.class,
                () -> new RegistrationFormat(RegistrationFormat.DEFAULT_PATTERN, RegistrationFormat.defaultPrefixes(), 0));
        assertThrows(IllegalArgumentException.class,
                () -> new RegistrationFormat(RegistrationFormat.DEFAULT_PATTERN, RegistrationFormat.defaultPrefixes(), 10));
    }

    @Test
    void a_format_whose_numbers_do_not_fit_the_register_is_refused() {
        String longPattern = "{prefix}-{year}/{serial}-" + "x".repeat(RegistrationFormat.MAX_NUMBER_LENGTH);
        assertThrows(IllegalArgumentException.class,
                () -> new RegistrationFormat(longPattern, RegistrationFormat.defaultPrefixes(), 3));
    }
}
