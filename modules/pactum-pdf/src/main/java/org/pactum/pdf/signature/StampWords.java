package org.pactum.pdf.signature;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

import org.pactum.domain.language.Language;

/**
 * The stamp's wording from {@code stamp_<code>.properties}: the mark per language, and each line's label in all the
 * stamp's languages at once ("Владелец / Иесі / Owner"), a label spelt alike in two of them given once. The values
 * (serial, name, dates in UTC) read the same in every language.
 */
final class StampWords {

    private static final String BUNDLE = "org.pactum.pdf.signature.stamp";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    /** One line below the marks: labels, then the value. */
    record Line(String label, String value) {
    }

    private final List<ResourceBundle> bundles;

    StampWords(List<Language> languages) {
        // No fallback: a missing Kazakh bundle must fail the tests, not print the server locale's words.
        this.bundles = languages.stream()
                .map(language -> ResourceBundle.getBundle(BUNDLE, Locale.of(language.code()), StampWords.class.getClassLoader(),
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)))
                .toList();
    }

    List<String> marks() {
        return bundles.stream().map(bundle -> bundle.getString("mark")).toList();
    }

    List<Line> lines(SignatureStamp stamp) {
        return List.of(
                new Line(label("certificate"), stamp.certificateSerial()),
                new Line(label("owner"), stamp.owner()),
                new Line(label("validity"), day(stamp.validFrom()) + " – " + day(stamp.validTo())),
                new Line(label("signedAt"), MINUTE.format(stamp.signedAt())));
    }

    private String label(String key) {
        Set<String> labels = new LinkedHashSet<>();
        bundles.forEach(bundle -> labels.add(bundle.getString(key)));
        return String.join(" / ", labels);
    }

    private static String day(Instant instant) {
        return DAY.format(instant);
    }
}
