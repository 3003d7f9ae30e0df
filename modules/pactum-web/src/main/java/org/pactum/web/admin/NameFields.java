package org.pactum.web.admin;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

import org.pactum.domain.language.Language;
import org.pactum.domain.language.LocalizedText;

/** A name in Russian, Kazakh and English as a form holds it, by language code. */
public class NameFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private final HashMap<String, String> texts = new HashMap<>();

    static NameFields of(LocalizedText text) {
        NameFields fields = new NameFields();
        text.asMap().forEach((language, value) -> fields.texts.put(language.code(), value));
        return fields;
    }

    LocalizedText text() {
        return LocalizedText.of(texts.get(Language.RU.code()), texts.get(Language.KK.code()),
                texts.get(Language.EN.code()));
    }

    public Map<String, String> getTexts() {
        return texts;
    }
}
