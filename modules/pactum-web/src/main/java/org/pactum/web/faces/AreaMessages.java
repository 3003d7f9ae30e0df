package org.pactum.web.faces;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The interface texts of one language, read as the one bundle the pages know as {@code msg}, but kept per area beside
 * that area's pages and classes ({@code org/pactum/web/drafting/messages_kk.properties}, …): whoever changes the draft
 * editor finds its texts next to it. A key defined by two areas is a mistake that would silently pick one text, so it
 * stops the bundle from loading.
 */
public abstract class AreaMessages extends ResourceBundle {

    /** Every folder with texts of its own; {@code faces} holds those all pages share. */
    public static final List<String> AREAS = List.of("faces", "session", "registry", "agreement", "revisions",
            "drafting", "discussion", "templates", "library", "audit", "signing", "verification/page",
            "publicverification", "routing", "routing/setup", "routing/notices", "account", "reading", "admin");

    private final Map<String, String> texts;

    protected AreaMessages(String language) {
        this.texts = Map.copyOf(read(language));
    }

    /** All texts of a language, by key, from every area's file. */
    public static Map<String, String> read(String language) {
        Map<String, String> all = new HashMap<>();
        for (String area : AREAS) {
            String name = "org/pactum/web/" + area + "/messages_" + language + ".properties";
            try (InputStream in = AreaMessages.class.getClassLoader().getResourceAsStream(name)) {
                if (in == null) {
                    continue;
                }
                Properties properties = new Properties();
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String key : properties.stringPropertyNames()) {
                    if (all.put(key, properties.getProperty(key)) != null) {
                        throw new IllegalStateException("The text " + key + " is defined twice; " + name + " repeats it");
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(name, e);
            }
        }
        return all;
    }

    @Override
    protected Object handleGetObject(String key) {
        return texts.get(key);
    }

    @Override
    protected Set<String> handleKeySet() {
        return texts.keySet();
    }

    @Override
    public Enumeration<String> getKeys() {
        return Collections.enumeration(texts.keySet());
    }
}
