package org.pactum.verification.control.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import org.pactum.domain.language.Language;

/** Values as an auditor reads them: times in UTC to the second, sizes with grouped digits, lists joined. */
final class ReportFormat {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private ReportFormat() {
    }

    /** @return the time, or the dash when the report has none */
    static String time(Instant instant, ReportWords words) {
        return instant == null ? words.text("none") : TIME.format(instant);
    }

    /**
     * Digits grouped by threes: a comma in English, a no-break space in Russian and Kazakh (the JDK's locale data
     * would use a narrow no-break space, which not every font has a glyph for).
     */
    static String grouped(long number, Language language) {
        String digits = Long.toString(Math.abs(number));
        String separator = language == Language.EN ? "," : "\u00A0";
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append(separator);
            }
            out.append(digits.charAt(i));
        }
        return (number < 0 ? "-" : "") + out;
    }

    static String joined(List<?> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** The first eight characters of a report id: enough to tell reports apart on paper and in a file name. */
    static String shortId(String id) {
        String safe = id == null ? "" : id.replaceAll("[^A-Za-z0-9]", "");
        if (safe.isEmpty()) {
            return "report";
        }
        return safe.length() > 8 ? safe.substring(0, 8) : safe;
    }
}
