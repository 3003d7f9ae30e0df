package org.pactum.web.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import org.pactum.audit.boundary.AuditTrail;
import org.pactum.domain.audit.AuditEvent;
import org.pactum.domain.audit.AuditQuery;
import org.pactum.domain.error.NotFoundException;
import org.pactum.domain.language.Language;
import org.pactum.domain.query.ResultPage;
import org.pactum.pdf.certificate.ActionNames;
import org.pactum.registry.boundary.AgreementRegistry;
import org.pactum.web.download.DownloadName;
import org.pactum.web.faces.DateDisplay;
import org.pactum.web.faces.PageMessages;
import org.pactum.web.faces.People;

/**
 * The trail as people read it, for the audit page and its exports alike: events with the agreement's number, the
 * actor's name and the details in sentences of one language, naming the parties, regions and routes they point at.
 * An export reads every matching event page by page from the database and writes each page before reading the next,
 * so a long trail never sits in memory whole.
 */
@RequestScoped
public class AuditReading {

    @Inject
    AuditTrail trail;

    @Inject
    AgreementRegistry registry;

    @Inject
    DateDisplay dates;

    @Inject
    People people;

    @Inject
    StoredNames names;

    private final Map<Long, String> numbers = new HashMap<>();

    public ResultPage<AuditRow> page(AuditQuery query, Language language) {
        EventSentences sentences = sentences(language);
        return trail.events(query).map(event -> row(event, sentences, language));
    }

    /** Every event the filters match, not only one page, in the query's order. */
    public void csv(AuditQuery query, Language language, OutputStream out) throws IOException {
        EventSentences sentences = sentences(language);
        try (AuditCsv csv = AuditCsv.start(out, texts(language), locale(language), dates.zoneName())) {
            AuditQuery next = query.page(0).withSize(AuditQuery.MAX_SIZE);
            ResultPage<AuditEvent> page;
            do {
                page = trail.events(next);
                for (AuditEvent event : page.items()) {
                    csv.row(row(event, sentences, language));
                }
                next = next.page(next.page() + 1);
            } while (page.hasNext());
        }
    }

    /** Every event the filters match as the API gives them ({@link AuditEventJson}), in one JSON array. */
    public void json(AuditQuery query, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (Jsonb jsonb = JsonbBuilder.create()) {
            writer.write('[');
            AuditQuery next = query.page(0).withSize(AuditQuery.MAX_SIZE);
            ResultPage<AuditEvent> page;
            boolean first = true;
            do {
                page = trail.events(next);
                for (AuditEvent event : page.items()) {
                    writer.write(first ? "\n" : ",\n");
                    writer.write(jsonb.toJson(AuditEventJson.of(event)));
                    first = false;
                }
                next = next.page(next.page() + 1);
            } while (page.hasNext());
            writer.write("\n]\n");
            writer.flush();
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("cannot write the audit trail as JSON", e);
        }
    }

    private AuditRow row(AuditEvent event, EventSentences sentences, Language language) {
        return AuditRow.of(event, dates, this::numberOf, sentences, people::nameOf, code -> ActionNames.of(code, language));
    }

    EventSentences sentences(Language language) {
        return new EventSentences(texts(language), locale(language), dates, people::nameOf, names);
    }

    /** The interface texts of a language, null for a key it does not have. */
    static UnaryOperator<String> texts(Language language) {
        ResourceBundle bundle = ResourceBundle.getBundle(PageMessages.BUNDLE, locale(language), AuditReading.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_CLASS));
        return key -> {
            try {
                return bundle.getString(key);
            } catch (MissingResourceException e) {
                return null;
            }
        };
    }

    static Locale locale(Language language) {
        return Locale.forLanguageTag(language.code());
    }

    /** The number an agreement is known by, for a file's name: its registration number once given. */
    String shownNumberOf(long id) {
        try {
            return DownloadName.shownNumber(registry.get(id));
        } catch (NotFoundException e) {
            return "#" + id;
        }
    }

    String numberOf(long id) {
        return numbers.computeIfAbsent(id, unknown -> {
            try {
                return registry.get(unknown).number();
            } catch (NotFoundException e) {
                return "#" + unknown;
            }
        });
    }
}
