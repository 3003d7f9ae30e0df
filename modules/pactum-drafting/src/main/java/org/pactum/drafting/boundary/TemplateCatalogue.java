package org.pactum.drafting.boundary;

import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.pactum.domain.agreement.AgreementContent;
import org.pactum.domain.agreement.AgreementKind;
import org.pactum.domain.error.DuplicateException;
import org.pactum.domain.error.NotFoundException;
import org.pactum.domain.error.Rule;
import org.pactum.domain.error.StaleVersionException;
import org.pactum.domain.error.Violations;
import org.pactum.domain.template.Template;
import org.pactum.domain.template.TemplateSaved;
import org.pactum.domain.template.TemplateVersion;
import org.pactum.domain.template.Templates;
import org.pactum.domain.text.ArticleKeys;
import org.pactum.domain.text.Wording;
import org.pactum.drafting.control.SeedTemplates;
import org.pactum.drafting.control.WordingRules;

/**
 * The templates agreements are drafted from. Administrators create them and save new versions; a saved version is
 * never changed, so every draft can name the exact wording it started from. The shipped templates are stored on first
 * start and are edited like any other.
 */
@ApplicationScoped
@Transactional
public class TemplateCatalogue {

    /** Who stored the shipped templates, in their first version's record. */
    static final String SHIPPED_BY = "pactum";
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    @Inject
    Templates templates;

    @Inject
    Event<TemplateSaved> saved;

    Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));

    /** Stores each shipped template that is not stored yet; an administrator's later versions are left alone. */
    public void storeShippedTemplates() {
        for (Template template : SeedTemplates.load()) {
            if (templates.find(template.id()).isEmpty()) {
                save(template, SHIPPED_BY);
            }
        }
    }

    /** The latest version of every template, shipped ones first in their listed order, then by id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TemplateVersion> all() {
        return templates.latest().stream().sorted(java.util.Comparator
                .comparingInt((TemplateVersion version) -> shippedPosition(version.template().id()))
                .thenComparing(version -> version.template().id())).toList();
    }

    /** @throws NotFoundException when there is no template with that id */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TemplateVersion get(String id) {
        return templates.find(id).orElseThrow(() -> new NotFoundException("Template", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TemplateVersion get(String id, int version) {
        return templates.find(id, version).orElseThrow(() -> new NotFoundException("Template", id + " version " + version));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TemplateVersion> versions(String id) {
        get(id);
        return templates.versions(id);
    }

    /** The keys the template's articles carried in any version; none for a template not stored yet. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ArticleKeys articleKeys(String id) {
        ArticleKeys keys = ArticleKeys.none();
        if (id != null && templates.find(id).isPresent()) {
            templates.versions(id).forEach(version -> keys.takeAll(version.template().wording()));
        }
        return keys;
    }

    /** The template a draft of the kind starts from when none is named: the first listed for the kind. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TemplateVersion defaultFor(AgreementKind kind) {
        return all().stream().filter(version -> version.template().kind() == kind).findFirst()
                .orElseThrow(() -> new NotFoundException("Template for", kind));
    }

    public TemplateVersion create(TemplateDraft draft, String author) {
        check(draft);
        if (templates.find(draft.id()).isPresent()) {
            throw new DuplicateException("Template", draft.id());
        }
        return save(new Template(draft.id(), draft.kind(), 1, draft.languages(), draft.wording().kindName(),
                draft.wording().placeAndDate(), draft.wording().preamble(), draft.wording().clauses(),
                draft.wording().equallyAuthentic()), author);
    }

    /**
     * Saves the template's next version; {@code expectedVersion} is the version the administrator edited. Saving it
     * as it is makes no new version.
     */
    public TemplateVersion revise(String id, TemplateDraft draft, int expectedVersion, String author) {
        Template current = get(id).template();
        if (current.version() != expectedVersion) {
            throw new StaleVersionException("Template " + id, expectedVersion, current.version());
        }
        check(new TemplateDraft(id, draft.kind(), draft.languages(), draft.wording()));
        Template next = current.nextVersion(draft.kind(), draft.languages(), draft.wording());
        if (next.contentHash().equals(current.nextVersion(current.kind(), current.languages(), current.wording()).contentHash())) {
            return get(id);
        }
        return save(next, author);
    }

    private TemplateVersion save(Template template, String author) {
        TemplateVersion version = templates.add(new TemplateVersion(template, author, clock.instant()));
        saved.fire(new TemplateSaved(version));
        return version;
    }

    /** A template is a complete text in each of its languages, with placeholders the filler knows. */
    private static void check(TemplateDraft draft) {
        List<org.pactum.domain.language.Language> languages = draft.languages() == null ? List.of() : draft.languages();
        Wording wording = draft.wording() == null ? Wording.empty() : draft.wording();
        Violations violations = new Violations()
                .check(draft.id() != null && draft.id().length() <= 64 && SLUG.matcher(draft.id()).matches(), "id", Rule.MALFORMED,
                        "must be a lower-case slug such as cooperation-agreement, at most 64 characters")
                .check(draft.kind() != null, "kind", Rule.REQUIRED, "must be given")
                .check(!languages.isEmpty() && languages.size() <= AgreementContent.MAX_LANGUAGES, "languages", Rule.OUT_OF_RANGE,
                        "must name one to three languages")
                .check(new HashSet<>(languages).size() == languages.size(), "languages", Rule.REPEATED, "must not repeat a language");
        violations.check(wording.kindName().languages().containsAll(languages), "wording.kindName", Rule.NOT_TRANSLATED, "must be given in every language of the template");
        wording.checkCharacters("wording", wording.checkSizes("wording", violations));
        wording.checkComplete("wording", languages, violations);
        WordingRules.checkPlaceholders("wording", wording, violations);
        violations.throwIfAny();
    }

    private static int shippedPosition(String id) {
        int position = SeedTemplates.IDS.indexOf(id);
        return position < 0 ? Integer.MAX_VALUE : position;
    }
}
