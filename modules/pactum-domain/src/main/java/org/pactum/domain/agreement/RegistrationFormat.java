package org.pactum.domain.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How registration numbers read: a pattern such as {@code {prefix}-{year}/{serial}} with a prefix per kind of
 * agreement and the serial zero-padded, giving {@code МС-2026/017}. Settings that could produce a number without its
 * year or serial, or the same number for two kinds, are refused when the format is made — that is, at start-up.
 */
public final class RegistrationFormat {

    public static final String DEFAULT_PATTERN = "{prefix}-{year}/{serial}";
    public static final int DEFAULT_SERIAL_DIGITS = 3;
    /** The width of the stored column. */
    public static final int MAX_NUMBER_LENGTH = 60;

    private static final Map<AgreementKind, String> DEFAULT_PREFIXES = Collections.unmodifiableMap(new EnumMap<>(Map.of(
            AgreementKind.MEMORANDUM_OF_COOPERATION, "МС",
            AgreementKind.COOPERATION_AGREEMENT, "СС",
            AgreementKind.PROTOCOL_OF_INTENT, "ПН",
            AgreementKind.SISTER_CITY_AGREEMENT, "ПГ")));
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    private static final Set<String> PLACEHOLDERS = Set.of("prefix", "year", "serial");
    private static final int MAX_SERIAL_DIGITS = 9;

    private final String pattern;
    private final Map<AgreementKind, String> prefixes;
    private final int serialDigits;

    /**
     * @param prefixes     one for every kind, all different
     * @param serialDigits the serial's minimum width, 1 to 9; longer serials are written in full
     * @throws IllegalArgumentException naming everything that is wrong with the settings
     */
    public RegistrationFormat(String pattern, Map<AgreementKind, String> prefixes, int serialDigits) {
        List<String> problems = new ArrayList<>();
        checkPattern(pattern, problems);
        checkPrefixes(prefixes, problems);
        if (serialDigits < 1 || serialDigits > MAX_SERIAL_DIGITS) {
            problems.add("the serial must have 1 to " + MAX_SERIAL_DIGITS + " digits, not " + serialDigits);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid registration number format: " + String.join("; ", problems));
        }
        this.pattern = pattern;
        this.prefixes = Collections.unmodifiableMap(new EnumMap<>(prefixes));
        this.serialDigits = serialDigits;
        long widestSerial = (long) Math.pow(10, serialDigits) - 1;
        for (AgreementKind kind : AgreementKind.values()) {
            String longest = format(kind, 9999, widestSerial);
            if (longest.length() > MAX_NUMBER_LENGTH) {
                throw new IllegalArgumentException("Invalid registration number format: numbers such as " + longest
                        + " are longer than " + MAX_NUMBER_LENGTH + " characters");
            }
        }
    }

    /** {@code МС}, {@code СС}, {@code ПН} and {@code ПГ}, as Russian registers abbreviate the kinds. */
    public static Map<AgreementKind, String> defaultPrefixes() {
        return DEFAULT_PREFIXES;
    }

    public static RegistrationFormat standard() {
        return new RegistrationFormat(DEFAULT_PATTERN, DEFAULT_PREFIXES, DEFAULT_SERIAL_DIGITS);
    }

    public String format(AgreementKind kind, int year, long serial) {
        Matcher placeholder = PLACEHOLDER.matcher(pattern);
        StringBuilder number = new StringBuilder();
        while (placeholder.find()) {
            String value = switch (placeholder.group(1)) {
                case "prefix" -> prefixes.get(kind);
                case "year" -> String.valueOf(year);
                case "serial" -> String.format(Locale.ROOT, "%0" + serialDigits + "d", serial);
                default -> throw new IllegalStateException("checked in the constructor: " + placeholder.group());
            };
            placeholder.appendReplacement(number, Matcher.quoteReplacement(value));
        }
        placeholder.appendTail(number);
        return number.toString();
    }

    /** The registration of an agreement of {@code kind} on {@code date} under {@code serial} of that date's year. */
    public Registration registration(AgreementKind kind, LocalDate date, long serial) {
        return new Registration(format(kind, date.getYear(), serial), date, kind, serial);
    }

    public String pattern() {
        return pattern;
    }

    public Map<AgreementKind, String> prefixes() {
        return prefixes;
    }

    public int serialDigits() {
        return serialDigits;
    }

    private static void checkPattern(String pattern, List<String> problems) {
        if (pattern == null || pattern.isBlank()) {
            problems.add("the pattern is empty; it needs {prefix}, {year} and {serial}, e.g. " + DEFAULT_PATTERN);
            return;
        }
        Matcher placeholder = PLACEHOLDER.matcher(pattern);
        Set<String> found = new HashSet<>();
        while (placeholder.find()) {
            if (PLACEHOLDERS.contains(placeholder.group(1))) {
                found.add(placeholder.group(1));
            } else {
                problems.add("the pattern " + pattern + " has an unknown placeholder " + placeholder.group()
                        + " (known: {prefix}, {year}, {serial})");
            }
        }
        String rest = PLACEHOLDER.matcher(pattern).replaceAll("");
        if (rest.contains("{") || rest.contains("}")) {
            problems.add("the pattern " + pattern + " has an unmatched brace");
        }
        // Without the year or serial numbers repeat; without the prefix the kinds, which count separately, collide.
        for (String needed : List.of("year", "serial", "prefix")) {
            if (!found.contains(needed)) {
                problems.add("the pattern " + pattern + " lacks {" + needed + "}");
            }
        }
    }

    private static void checkPrefixes(Map<AgreementKind, String> prefixes, List<String> problems) {
        Map<String, AgreementKind> seen = new HashMap<>();
        for (AgreementKind kind : AgreementKind.values()) {
            String prefix = prefixes == null ? null : prefixes.get(kind);
            if (prefix == null || prefix.isBlank()) {
                problems.add("no prefix for " + kind);
            } else if (prefix.contains("{") || prefix.contains("}")) {
                problems.add("the prefix " + prefix + " of " + kind + " contains a brace");
            } else {
                AgreementKind other = seen.putIfAbsent(prefix, kind);
                if (other != null) {
                    problems.add(other + " and " + kind + " have the same prefix " + prefix);
                }
            }
        }
    }

    @Override
    public String toString() {
        return pattern + " " + prefixes + " serial of " + serialDigits + " digits";
    }
}
