package org.pactum.drafting.control;

import java.io.IOException;
import java.io.Reader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.pactum.domain.agreement.AgreementKind;
import org.pactum.domain.language.Language;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.template.ClauseLibrary;
import org.pactum.domain.template.Template;
import org.pactum.domain.text.Clause;
import org.pactum.domain.text.PlaceholderCheck;

/**
 * Reads a template from its properties file. Properties rather than JSON: the files are mostly prose, a reader needs
 * no library, and each text sits on its own key. The layout:
 * <pre>
 * id=cooperation-agreement        kind=COOPERATION_AGREEMENT    version=1    languages=ru,kk
 * clauses=subject,areas,…         (the articles, in order)
 * kindName.ru, placeAndDate.ru, preamble.ru, authentic.ru
 * subject.heading.ru, subject.text.ru   (one pair per clause and language)
 * </pre>
 * A template with a missing text, an unknown key or an unknown placeholder is refused as a whole, with every
 * mistake listed, so a broken seed stops the application at start rather than a preview later.
 */
public final class TemplateReader {

    private static final Set<String> HEADER = Set.of("id", "kind", "version", "languages", "clauses");
    private static final List<String> FRAME = List.of("kindName", "placeAndDate", "preamble", "authentic");

    private TemplateReader() {
    }

    /** @param source names the file in error messages */
    public static Template read(Reader reader, String source) {
        Properties properties = new Properties();
        try {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("template " + source + " cannot be read: " + e.getMessage(), e);
        }
        return new Parse(properties, source).template();
    }

    /**
     * Reads the shipped clause library: {@code version}, {@code languages}, {@code clauses} and a heading and text per
     * clause and language, with the same checks as a template.
     */
    public static ClauseLibrary readLibrary(Reader reader, String source, String savedBy, Instant savedAt) {
        Properties properties = new Properties();
        try {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("clause library " + source + " cannot be read: " + e.getMessage(), e);
        }
        return new Parse(properties, source).library(savedBy, savedAt);
    }

    private static final class Parse {

        private final Properties properties;
        private final String source;
        private final List<String> mistakes = new ArrayList<>();
        private final Set<String> used = new HashSet<>(HEADER);
        private List<Language> languages = List.of();

        Parse(Properties properties, String source) {
            this.properties = properties;
            this.source = source;
        }

        ClauseLibrary library(String savedBy, Instant savedAt) {
            int version = version(required("version"));
            languages = languages(required("languages"));
            List<Clause> clauses = clauses(list(required("clauses")));
            refuseMistakes();
            return new ClauseLibrary(version, languages, clauses, savedBy, savedAt);
        }

        Template template() {
            String id = required("id");
            AgreementKind kind = kind(required("kind"));
            int version = version(required("version"));
            languages = languages(required("languages"));
            List<String> keys = list(required("clauses"));
            boolean bilingual = languages.size() > 1;
            LocalizedText kindName = text("kindName", true);
            LocalizedText placeAndDate = text("placeAndDate", false);
            LocalizedText preamble = text("preamble", true);
            LocalizedText authentic = text("authentic", bilingual);
            List<Clause> clauses = clauses(keys);
            refuseMistakes();
            try {
                return new Template(id, kind, version, languages, kindName, placeAndDate, preamble, clauses, authentic);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("template " + source + " is refused: " + e.getMessage(), e);
            }
        }

        private List<Clause> clauses(List<String> keys) {
            List<Clause> clauses = new ArrayList<>();
            for (String key : keys) {
                if (FRAME.contains(key) || HEADER.contains(key)) {
                    mistakes.add("clause key " + key + " is reserved");
                    continue;
                }
                LocalizedText heading = text(key + ".heading", true);
                LocalizedText body = text(key + ".text", true);
                try {
                    clauses.add(new Clause(key, heading, body));
                } catch (IllegalArgumentException e) {
                    mistakes.add(e.getMessage());
                }
            }
            if (keys.size() != new HashSet<>(keys).size()) {
                mistakes.add("a clause is listed twice in clauses=" + keys);
            }
            return clauses;
        }

        private void refuseMistakes() {
            properties.stringPropertyNames().stream().filter(name -> !used.contains(name)).sorted()
                    .forEach(name -> mistakes.add("unknown key " + name));
            if (!mistakes.isEmpty()) {
                throw new IllegalStateException(source + " is refused: " + String.join("; ", mistakes));
            }
        }

        private LocalizedText text(String name, boolean required) {
            Map<Language, String> texts = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                String key = name + "." + language.code();
                String value = properties.getProperty(key);
                used.add(key);
                if (value == null || value.isBlank()) {
                    if (required && languages.contains(language)) {
                        mistakes.add(key + " is missing");
                    }
                    continue;
                }
                if (!languages.contains(language)) {
                    mistakes.add(key + " is in a language the template does not declare");
                    continue;
                }
                checkPlaceholders(key, value);
                texts.put(language, value);
            }
            return LocalizedText.of(texts);
        }

        private void checkPlaceholders(String key, String value) {
            PlaceholderCheck.mistakeIn(value).ifPresent(mistake -> mistakes.add(key + ": " + mistake));
        }

        private String required(String key) {
            String value = properties.getProperty(key);
            if (value == null || value.isBlank()) {
                mistakes.add(key + " is missing");
                return "";
            }
            return value.strip();
        }

        private AgreementKind kind(String name) {
            try {
                return name.isEmpty() ? null : AgreementKind.valueOf(name);
            } catch (IllegalArgumentException e) {
                mistakes.add("kind " + name + " is not one of " + Arrays.toString(AgreementKind.values()));
                return null;
            }
        }

        private int version(String number) {
            try {
                return number.isEmpty() ? 1 : Integer.parseInt(number);
            } catch (NumberFormatException e) {
                mistakes.add("version " + number + " is not a number");
                return 1;
            }
        }

        private List<Language> languages(String codes) {
            List<Language> found = new ArrayList<>();
            for (String code : list(codes)) {
                Language.fromCode(code).ifPresentOrElse(found::add, () -> mistakes.add("language " + code + " is unknown"));
            }
            return found;
        }

        private static List<String> list(String value) {
            return Arrays.stream(value.split(",")).map(String::strip).filter(item -> !item.isEmpty()).toList();
        }
    }
}
