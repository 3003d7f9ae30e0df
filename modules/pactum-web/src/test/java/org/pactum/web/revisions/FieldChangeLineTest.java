package org.pactum.web.revisions;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;
import org.pactum.drafting.entity.FieldChange;
import org.pactum.web.faces.PageMessages;

/** A changed field reads in the reader's words, not under the name a revision stores it by. */
class FieldChangeLineTest {

    private static final Locale KAZAKH = Locale.of("kk");
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle(PageMessages.BUNDLE, KAZAKH);

    @Test
    void a_party_s_field_in_one_language_names_the_party_and_the_language() {
        FieldChangeLine line = line(new FieldChange("parties[1].signatoryName.kk", "Е. М. Нұрланов", "А. Б. Сейітов"));

        assertAll(
                () -> assertEquals("2-тарап: қол қоюшы (қазақ тіліндегі)", line.label()),
                () -> assertEquals("Е. М. Нұрланов", line.before()),
                () -> assertEquals("parties[1].signatoryName.kk", line.name()));
    }

    @Test
    void kinds_languages_areas_dates_and_yes_or_no_read_as_on_the_other_pages() {
        assertAll(
                () -> assertEquals(BUNDLE.getString("kind.PROTOCOL_OF_INTENT"),
                        line(new FieldChange("kind", "MEMORANDUM_OF_COOPERATION", "PROTOCOL_OF_INTENT")).after()),
                () -> assertEquals("Орыс тілі, Қазақ тілі", line(new FieldChange("languages", null, "ru,kk")).after()),
                () -> assertEquals("", line(new FieldChange("languages", null, "ru,kk")).before(), "added"),
                () -> assertEquals(BUNDLE.getString("area.TOURISM") + ", " + BUNDLE.getString("area.CULTURE"),
                        line(new FieldChange("areas", "TOURISM,CULTURE", "TOURISM")).before()),
                () -> assertEquals("иә", line(new FieldChange("term.autoRenewal", "false", "true")).after()),
                () -> assertEquals("[2026-03-01]", line(new FieldChange("term.startsOn", null, "2026-03-01")).after()),
                () -> assertEquals("somethingNew", line(new FieldChange("somethingNew", "a", "b")).label(), "an unknown field by its name"));
    }

    private static FieldChangeLine line(FieldChange change) {
        return FieldChangeLine.of(change, FieldChangeLineTest::text, iso -> "[" + iso + "]");
    }

    private static String text(String key, Object... arguments) {
        if (!BUNDLE.containsKey(key)) {
            return key;
        }
        String pattern = BUNDLE.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, KAZAKH).format(arguments);
    }
}
