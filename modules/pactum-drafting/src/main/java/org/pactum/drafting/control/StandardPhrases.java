package org.pactum.drafting.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;

import org.pactum.domain.agreement.CooperationArea;
import org.pactum.domain.language.Language;

/**
 * The words placeholders turn into that are the same in every template: names of areas, "5 лет", the renewal
 * sentence, the blank date line. Read from {@value #RESOURCE} (UTF-8).
 */
public final class StandardPhrases {

    static final String RESOURCE = "/org/pactum/drafting/phrases.properties";

    private final Properties phrases;

    private StandardPhrases(Properties phrases) {
        this.phrases = phrases;
    }

    public static StandardPhrases load() {
        try (InputStream in = StandardPhrases.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            StandardPhrases loaded = new StandardPhrases(properties);
            loaded.checkComplete();
            return loaded;
        } catch (IOException e) {
            throw new IllegalStateException(RESOURCE + " cannot be read", e);
        }
    }

    /** Fails at start-up, not at the first preview, when a phrase some agreement may need is missing. */
    private void checkComplete() {
        for (Language language : Language.values()) {
            for (CooperationArea area : CooperationArea.values()) {
                phrase("area." + area.name() + "." + language.code());
            }
            for (Language named : Language.values()) {
                phrase("language." + named.code() + "." + language.code());
            }
            for (String key : new String[] {"and", "years.one", "years.many", "renewal.true", "renewal.false", "date.blank", "date.pattern"}) {
                phrase(key + "." + language.code());
            }
        }
    }

    public String areas(Collection<CooperationArea> areas, Language language) {
        return areas.stream().sorted()
                .map(area -> phrase("area." + area.name() + "." + language.code()))
                .collect(Collectors.joining(", "));
    }

    /** The languages named in the language written: "русском, казахском и английском". */
    public String languages(List<Language> named, Language language) {
        List<String> names = named.stream().map(each -> phrase("language." + each.code() + "." + language.code())).toList();
        if (names.size() == 1) {
            return names.getFirst();
        }
        String and = " " + phrase("and." + language.code()) + " ";
        return String.join(", ", names.subList(0, names.size() - 1)) + and + names.getLast();
    }

    /** "1 год", "3 года", "5 лет", "11 лет", "21 год"; in Kazakh and English by their own rules. */
    public String years(int years, Language language) {
        String category = switch (language) {
            case RU -> russianPlural(years);
            case KK, EN -> years == 1 ? "one" : "many";
        };
        return phrase("years." + category + "." + language.code()).replace("{0}", Integer.toString(years));
    }

    private static String russianPlural(int n) {
        int lastTwo = n % 100;
        int last = n % 10;
        if (last == 1 && lastTwo != 11) {
            return "one";
        }
        if (last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14)) {
            return "few";
        }
        return "many";
    }

    public String renewal(boolean autoRenewal, Language language) {
        return phrase("renewal." + autoRenewal + "." + language.code());
    }

    /** The date written out, or the blank line to fill by hand when there is none yet. */
    public String date(LocalDate date, Language language) {
        if (date == null) {
            return phrase("date.blank." + language.code());
        }
        return DateTimeFormatter.ofPattern(phrase("date.pattern." + language.code()), language.locale()).format(date);
    }

    private String phrase(String key) {
        String value = phrases.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(RESOURCE + " has no phrase " + key);
        }
        return value.strip();
    }
}
