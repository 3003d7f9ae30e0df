package org.pactum.drafting.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.pactum.domain.template.ClauseLibrary;
import org.pactum.domain.template.Template;

/** The templates Pactum ships with, one properties file each under {@value #FOLDER} (UTF-8), and its clause library. */
public final class SeedTemplates {

    static final String FOLDER = "/org/pactum/drafting/templates/";

    /** In the order they are listed; the first of a kind is that kind's default. */
    public static final List<String> IDS = List.of("cooperation-agreement", "sister-city-agreement",
            "memorandum-of-cooperation", "protocol-of-intent");

    private SeedTemplates() {
    }

    public static List<Template> load() {
        return IDS.stream().map(SeedTemplates::load).toList();
    }

    /** The shipped clause library, as version 1 saved by {@code savedBy} now. */
    public static ClauseLibrary loadLibrary(String savedBy, Instant savedAt) {
        String resource = "/org/pactum/drafting/clause-library.properties";
        try (InputStream in = SeedTemplates.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the class path");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return TemplateReader.readLibrary(reader, resource, savedBy, savedAt);
            }
        } catch (IOException e) {
            throw new IllegalStateException(resource + " cannot be read", e);
        }
    }

    static Template load(String id) {
        String resource = FOLDER + id + ".properties";
        try (InputStream in = SeedTemplates.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the class path");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                Template template = TemplateReader.read(reader, resource);
                if (!template.id().equals(id)) {
                    throw new IllegalStateException(resource + " declares the id " + template.id());
                }
                return template;
            }
        } catch (IOException e) {
            throw new IllegalStateException(resource + " cannot be read", e);
        }
    }
}
