package org.pactum.routing.control;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.pactum.domain.language.Language;
import org.pactum.domain.notification.Notification;

/**
 * How a notification reads in one of Pactum's languages: its text key looked up in {@code notices_<language>}, each
 * {@code {name}} replaced by the parameter of that name, the deadline as a local time.
 */
public final class NoticeTexts {

    private static final String BUNDLE = "org.pactum.routing.control.notices";
    private static final Pattern PARAMETER = Pattern.compile("\\{([a-zA-Z]+)}");
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ZoneId zone;

    /** @param zone where deadlines are told as local times */
    public NoticeTexts(ZoneId zone) {
        this.zone = zone;
    }

    public String text(Notification notification, Language language) {
        ResourceBundle texts = bundle(language);
        Map<String, String> values = inLanguage(notification.parameters(), language);
        String due = values.get("due");
        values.put("due", due == null ? "" : fill(texts.getString("due"), Map.of("due",
                DUE.format(Instant.parse(due).atZone(zone)))));
        return fill(lookUp(texts, notification.textKey()), values);
    }

    public String subject(Notification notification, Language language) {
        return fill(bundle(language).getString("mail.subject"), inLanguage(notification.parameters(), language));
    }

    /** The name a parameter's text in another language than Russian goes under, e.g. {@code titleKk}. */
    public static String localizedName(String name, Language language) {
        String code = language.code();
        return name + Character.toUpperCase(code.charAt(0)) + code.substring(1);
    }

    /** The parameters with each text that has a version in the language replaced by it (older notices have none). */
    private static Map<String, String> inLanguage(Map<String, String> parameters, Language language) {
        Map<String, String> values = new HashMap<>(parameters);
        if (language != Language.RU) {
            parameters.forEach((name, value) -> {
                String translated = parameters.get(localizedName(name, language));
                if (translated != null && !translated.isBlank()) {
                    values.put(name, translated);
                }
            });
        }
        return values;
    }

    private static String lookUp(ResourceBundle texts, String key) {
        try {
            return texts.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    private static ResourceBundle bundle(Language language) {
        Locale locale = language == Language.RU ? Locale.ROOT : Locale.of(language.code());
        return ResourceBundle.getBundle(BUNDLE, locale, NoticeTexts.class.getClassLoader(), NO_FALLBACK);
    }

    private static String fill(String pattern, Map<String, String> values) {
        Matcher matcher = PARAMETER.matcher(pattern);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value == null ? "—" : value));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }
}
