package org.pactum.web.forms;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import org.pactum.web.faces.PageMessages;

/** The interface's sentences in Russian as {@link PageMessages#text} gives them on a page, for tests without one. */
public final class RussianTexts {

    private static final Locale RUSSIAN = Locale.of("ru");
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle(PageMessages.BUNDLE, RUSSIAN);

    private RussianTexts() {
    }

    /** As PageMessages.text: the key itself when the bundle lacks it. */
    public static String text(String key, Object... arguments) {
        if (!BUNDLE.containsKey(key)) {
            return key;
        }
        String pattern = BUNDLE.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, RUSSIAN).format(arguments);
    }
}
