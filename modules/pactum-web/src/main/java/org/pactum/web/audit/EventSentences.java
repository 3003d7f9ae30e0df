package org.pactum.web.audit;

import java.io.StringReader;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.pactum.domain.language.Language;
import org.pactum.web.faces.DateDisplay;

/**
 * An audit event's details said in sentences of the interface's language: "Статус изменён: проект → на согласовании."
 * rather than {@code from DRAFT}. Each detail key has a sentence of its own ({@code audit.says.<key>}, or
 * {@code audit.says.<action>.<key>} where an action means it differently); a key this version has no sentence for is
 * still shown, as {@code key: value}, because an auditor must see everything the event holds. A detail that holds the
 * id or code of something with a name (a party, region, route, group of approvers, shipped template) is said with
 * the name in the interface's language ({@code audit.says.named.<key>} where the sentence differs), and with the
 * code only when no such thing exists any more. The stored JSON stays the record: this is a reading aid.
 */
public final class EventSentences {

    static final String SAYS = "audit.says.";
    static final String VALUE = "audit.value.";

    private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern IN_LANGUAGE = Pattern.compile("(.+)\\.(ru|kk|en)");

    /** Details that name an account: shown by the person's name. */
    private static final Set<String> PEOPLE = Set.of("user", "signers", "members", "assignee", "onBehalfOf", "decidedBy",
            "delegatedFrom", "escalatedTo", "account", "deputy");

    /** Details whose values already have labels elsewhere in the interface, by the prefix of those labels. */
    private static final Map<String, String> LABELS = Map.of("from", "status.", "to", "status.", "kind", "kind.",
            "kinds", "kind.", "defaultFor", "kind.", "language", "language.", "languages", "language.",
            "state", "route.state.", "taskState", "route.task.", "indication", "verify.indication.");

    /**
     * The order sentences are said in: what happened, then to what and by whom, then when and how, hashes last. Keys
     * not listed follow in stored order.
     */
    private static final List<String> ORDER = List.of("intact", "chainIntact", "decision", "progress", "what", "code",
            "scope", "subject", "user", "wasLocked", "failures", "failuresBefore", "lockedSeconds", "channel", "method",
            "resource", "position", "partyId", "party", "parties", "region", "name", "organization", "signatoryName",
            "signatoryPosition", "signers", "members", "account", "deputy", "firstDay", "lastDay", "removed", "kinds",
            "defaultFor", "resubmission", "openThreadsBlock", "stages", "keyOrigin", "certificateSubject",
            "certificateIssuer", "certificateSerial", "signedAt", "timestampedAt", "level", "step", "problem", "message",
            "comment", "thread", "clause", "text", "kind", "template", "version", "revision", "route", "round", "state",
            "stage", "stageName", "task", "assignee", "onBehalfOf", "decidedBy", "delegatedFrom", "escalatedTo",
            "escalatedTask", "taskState", "due", "remark", "mediaType", "language", "languages", "lastSequence",
            "sealSequence", "eventsChecked", "sealsChecked", "firstBrokenSequence", "report", "indication",
            "documentSha256", "basedOnSha256", "certificateSha256", "sha256");
    private static final List<String> LANGUAGES = List.of("ru", "kk", "en");

    /** Details that hold the id or code of something with a name, by what they name ({@link DetailNames}). */
    private static final Map<String, String> NAMED = Map.of("party", DetailNames.PARTY, "partyId", DetailNames.PARTY,
            "parties", DetailNames.PARTY, "region", DetailNames.REGION, "route", DetailNames.ROUTE);
    /** The route configuration's {@code code}, by the {@code what} it is the code of. */
    private static final Set<String> CONFIGURED = Set.of(DetailNames.ROUTE, DetailNames.GROUP);

    private static final Set<String> DATES = Set.of("registrationDate", "firstDay", "lastDay");
    private static final Set<String> INSTANTS = Set.of("signedAt", "timestampedAt", "due");

    private final UnaryOperator<String> texts;
    private final Locale locale;
    private final DateDisplay dates;
    private final UnaryOperator<String> people;
    private final DetailNames names;
    private final Language language;

    /**
     * @param texts  the interface text of a key in one language, or null where there is none
     * @param people the name of the person with a login; the login itself for one it does not know
     */
    public EventSentences(UnaryOperator<String> texts, Locale locale, DateDisplay dates, UnaryOperator<String> people) {
        this(texts, locale, dates, people, DetailNames.NONE);
    }

    /** @param names the names of the parties, regions, routes and groups details point at */
    public EventSentences(UnaryOperator<String> texts, Locale locale, DateDisplay dates, UnaryOperator<String> people,
                          DetailNames names) {
        this.texts = texts;
        this.locale = locale;
        this.dates = dates;
        this.people = people;
        this.names = names;
        this.language = Language.fromCode(locale.getLanguage()).orElse(Language.RU);
    }

    /** The sentences of an event's details, in stored order; a text that is not a JSON object is shown unchanged. */
    public List<DetailSentence> of(String action, String canonicalJson) {
        if (canonicalJson == null || canonicalJson.isBlank()) {
            return List.of();
        }
        JsonValue value;
        try (JsonReader reader = Json.createReader(new StringReader(canonicalJson))) {
            value = reader.readValue();
        } catch (JsonException e) {
            // Not expected for a stored event; showing the text as it is beats hiding it from an auditor.
            return List.of(DetailSentence.of(canonicalJson));
        }
        if (!(value instanceof JsonObject object)) {
            return List.of(DetailSentence.of(plain(value)));
        }
        // Stored details are canonical JSON, keys in code-point order; people read them in the order things happen.
        Map<String, JsonValue> members = new LinkedHashMap<>();
        object.keySet().stream().sorted(Comparator.comparingInt(EventSentences::rank))
                .forEach(key -> members.put(key, object.get(key)));
        List<DetailSentence> sentences = new ArrayList<>();
        pairs(action, members, sentences);
        members.forEach((key, member) -> sentence(action, key, member).ifPresent(sentences::add));
        return sentences;
    }

    /** Details that read as one sentence together: a status change, a registration, a request, a period. */
    private void pairs(String action, Map<String, JsonValue> members, List<DetailSentence> sentences) {
        if (members.containsKey("to") && members.get("to").getValueType() == JsonValue.ValueType.STRING) {
            JsonValue toValue = members.remove("to");
            String to = lowered(label("to", text(toValue)));
            JsonValue from = members.remove("from");
            // A new draft came from no status; an edit leaves it where it was: then only the status is said.
            sentences.add(DetailSentence.of(from == null || from == JsonValue.NULL || from.equals(toValue)
                    ? say("status.new", to) : say("status", lowered(label("from", text(from))), to)));
        }
        if (members.containsKey("registrationNumber")) {
            String number = plain(members.remove("registrationNumber"));
            JsonValue date = members.remove("registrationDate");
            sentences.add(DetailSentence.of(say("registration", number, date == null ? "—" : shown("registrationDate", date))));
        }
        if (members.containsKey("method") && members.containsKey("resource")) {
            sentences.add(DetailSentence.of(say("request", plain(members.remove("method")), plain(members.remove("resource")))));
        }
        if (members.containsKey("firstDay") && members.containsKey("lastDay")) {
            sentences.add(DetailSentence.of(say("period", shown("firstDay", members.remove("firstDay")),
                    shown("lastDay", members.remove("lastDay")))));
        }
        if (members.containsKey("stage") && members.get("stageName") instanceof JsonString name) {
            members.remove("stageName");
            sentences.add(DetailSentence.of(say("stageNamed", plain(members.remove("stage")), name.getString())));
        }
        if (members.get("template") instanceof JsonString template) {
            members.remove("template");
            sentences.add(DetailSentence.of(say("template", templateName(template.getString(), members.get("kind")))));
        }
        if (members.get("what") instanceof JsonString what && CONFIGURED.contains(what.getString())
                && members.get("code") instanceof JsonString code) {
            // A route's or a group's code said by the name it has now; the code stays said as a code once it is gone.
            Optional<String> name = nameOf(what.getString(), code.getString());
            if (name.isPresent()) {
                members.remove("code");
                sentence(action, "what", members.remove("what")).ifPresent(sentences::add);
                sentences.add(DetailSentence.of(say("named.code." + what.getString(), name.get())));
            }
        }
    }

    /**
     * A shipped template by its name ({@code template.name.<id>}); one an administrator added by its kind and the
     * identifier its author chose, as the template pages call it.
     */
    private String templateName(String id, JsonValue kind) {
        String shipped = texts.apply("template.name." + id);
        if (shipped != null) {
            return shipped;
        }
        String other = texts.apply("template.name.other");
        return other == null || !(kind instanceof JsonString known) ? id : format(other, label("kind", known.getString()), id);
    }

    /** The names a detail's id or ids stand for; empty where it names nothing known, so the id itself is said. */
    private Optional<String> named(String key, JsonValue value) {
        String thing = NAMED.get(key);
        if (thing == null) {
            return Optional.empty();
        }
        if (value instanceof JsonArray items) {
            List<Optional<String>> found = items.stream().map(item -> nameOf(thing, text(item))).toList();
            if (found.stream().noneMatch(Optional::isPresent)) {
                return Optional.empty();
            }
            return Optional.of(IntStream.range(0, items.size())
                    .mapToObj(i -> found.get(i).orElseGet(() -> text(items.get(i)))).collect(Collectors.joining(", ")));
        }
        return value instanceof JsonString || value instanceof JsonNumber
                ? nameOf(thing, text(value)) : Optional.empty();
    }

    private Optional<String> nameOf(String thing, String code) {
        return names.find(thing, code).map(name -> name.preferring(language)).filter(name -> !name.isBlank());
    }

    private Optional<DetailSentence> sentence(String action, String key, JsonValue value) {
        if (value == JsonValue.NULL) {
            return Optional.empty(); // nothing happened to say: no seal yet, no remark, no broken event
        }
        Matcher inLanguage = IN_LANGUAGE.matcher(key);
        String base = inLanguage.matches() ? inLanguage.group(1) : key;
        String pattern = pattern(action, base, value);
        Optional<String> name = named(key, value);
        if (name.isPresent()) {
            String own = texts.apply(SAYS + "named." + key);
            String said = own != null ? own : pattern;
            return Optional.of(DetailSentence.of(said == null ? key + ": " + name.get() : format(said, name.get(), "")));
        }
        if (pattern == null) {
            return Optional.of(DetailSentence.of(key + ": " + shown(key, value)));
        }
        if (pattern.isEmpty()) {
            return Optional.empty(); // said elsewhere on the line, such as the agreement's number
        }
        if (value instanceof JsonString string && SHA_256.matcher(string.getString()).matches()) {
            return Optional.of(new DetailSentence(pattern, string.getString()));
        }
        if ("subject".equals(key) && action.startsWith("user.") && value instanceof JsonString login) {
            // An account's lock names the username it was for; an address's lock stays an address.
            return Optional.of(DetailSentence.of(format(pattern, people.apply(login.getString()))));
        }
        String language = inLanguage.matches() ? lowered(label("language", inLanguage.group(2))) : "";
        return Optional.of(DetailSentence.of(format(pattern, shown(base, value), language)));
    }

    /** The sentence for a key, the action's own first; booleans have one sentence for each answer. */
    private String pattern(String action, String key, JsonValue value) {
        String suffix = switch (value.getValueType()) {
            case TRUE -> ".true";
            case FALSE -> ".false";
            default -> "";
        };
        String own = texts.apply(SAYS + action + "." + key + suffix);
        return own != null ? own : texts.apply(SAYS + key + suffix);
    }

    /** A value as people read it: by name, by label, as a localised date, a list joined. */
    private String shown(String key, JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> shownText(key, ((JsonString) value).getString());
            case ARRAY -> {
                JsonArray items = (JsonArray) value;
                yield items.isEmpty() ? orKey(VALUE + "nothing", "—")
                        : items.stream().map(item -> shown(key, item)).collect(Collectors.joining(", "));
            }
            case OBJECT -> ((JsonObject) value).entrySet().stream()
                    .map(member -> member.getKey() + ": " + shown(member.getKey(), member.getValue()))
                    .collect(Collectors.joining("; "));
            case NULL -> "—";
            default -> value.toString();
        };
    }

    private String shownText(String key, String text) {
        if ("none".equals(text)) {
            return orKey(VALUE + "none", text);
        }
        if (PEOPLE.contains(key)) {
            return people.apply(text);
        }
        if (DATES.contains(key)) {
            try {
                return dates.date(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                return text;
            }
        }
        if (INSTANTS.contains(key)) {
            try {
                return dates.dateTime(Instant.parse(text));
            } catch (DateTimeParseException e) {
                return text;
            }
        }
        if ("mediaType".equals(key)) {
            return text.substring(text.indexOf('/') + 1).toUpperCase(Locale.ROOT);
        }
        if ("stages".equals(key) && text.startsWith("[")) {
            return stageCount(text);
        }
        String label = label(key, text);
        return "languages".equals(key) || "language".equals(key) ? lowered(label) : label;
    }

    /** The label a value has elsewhere in the interface or among the audit's own; the value itself where none. */
    private String label(String key, String value) {
        String own = texts.apply(VALUE + key + "." + value);
        if (own != null) {
            return own;
        }
        String prefix = LABELS.get(key);
        String shared = prefix == null ? null : texts.apply(prefix + value);
        return shared != null ? shared : value;
    }

    private static String stageCount(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return String.valueOf(reader.readArray().size());
        } catch (JsonException | IllegalStateException e) {
            return json;
        }
    }

    /** A key's place in {@link #ORDER}; a name in several languages in the order Russian, Kazakh, English. */
    private static int rank(String key) {
        Matcher inLanguage = IN_LANGUAGE.matcher(key);
        String base = inLanguage.matches() ? inLanguage.group(1) : key;
        int known = ORDER.indexOf(base);
        int place = known < 0 ? ORDER.size() : known;
        return place * LANGUAGES.size() + (inLanguage.matches() ? LANGUAGES.indexOf(inLanguage.group(2)) : 0);
    }

    private String say(String key, Object... values) {
        String pattern = texts.apply(SAYS + key);
        return pattern == null ? key + ": " + String.join(" ", Arrays.stream(values).map(String::valueOf).toList())
                : format(pattern, values);
    }

    private String format(String pattern, Object... values) {
        return new MessageFormat(pattern, locale).format(values);
    }

    private String orKey(String key, String otherwise) {
        String text = texts.apply(key);
        return text == null ? otherwise : text;
    }

    /**
     * Labels begin with a capital where they stand alone ("На согласовании"); inside a sentence a status or a
     * language is an ordinary word. English language names keep theirs.
     */
    private String lowered(String label) {
        if (label.isEmpty() || ("en".equals(locale.getLanguage()) && isLanguageName(label))) {
            return label;
        }
        return label.substring(0, 1).toLowerCase(locale) + label.substring(1);
    }

    private boolean isLanguageName(String label) {
        return label.equals(texts.apply("language.ru")) || label.equals(texts.apply("language.kk"))
                || label.equals(texts.apply("language.en"));
    }

    private static String text(JsonValue value) {
        return value instanceof JsonString string ? string.getString() : value.toString();
    }

    private static String plain(JsonValue value) {
        return value.getValueType() == JsonValue.ValueType.NULL ? "—" : text(value);
    }
}
