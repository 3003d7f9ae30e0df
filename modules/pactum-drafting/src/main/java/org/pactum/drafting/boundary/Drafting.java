package org.pactum.drafting.boundary;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.pactum.domain.agreement.Agreement;
import org.pactum.domain.agreement.AgreementContent;
import org.pactum.domain.agreement.ConcurrentEditException;
import org.pactum.domain.agreement.Revision;
import org.pactum.domain.agreement.SelfReference;
import org.pactum.domain.error.NotFoundException;
import org.pactum.domain.error.Rule;
import org.pactum.domain.error.Violations;
import org.pactum.domain.language.Language;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.template.Template;
import org.pactum.domain.text.ArticleKeys;
import org.pactum.domain.text.Wording;
import org.pactum.drafting.control.PlaceOfSigning;
import org.pactum.drafting.control.RevisionComparison;
import org.pactum.drafting.control.StandardPhrases;
import org.pactum.drafting.control.TemplateFiller;
import org.pactum.drafting.control.ThreeWayMerge;
import org.pactum.drafting.control.WordingRules;
import org.pactum.drafting.entity.AgreementParticulars;
import org.pactum.drafting.entity.Changes;
import org.pactum.drafting.entity.MergedEdit;
import org.pactum.registry.boundary.AgreementDraft;
import org.pactum.registry.boundary.AgreementRegistry;
import org.pactum.registry.boundary.Directory;

/**
 * Drafting an agreement: starting it from a template, saving each change of fields and wording as a revision, and
 * producing the filled text a preview prints. Transactions are the registry's: each call here is at most one of them.
 */
@ApplicationScoped
public class Drafting {

    @Inject
    AgreementRegistry registry;

    @Inject
    TemplateCatalogue catalogue;

    @Inject
    Directory directory;

    private TemplateFiller filler;
    private final RevisionComparison comparison = new RevisionComparison();

    Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));

    @PostConstruct
    void load() {
        filler = new TemplateFiller(StandardPhrases.load());
    }

    /**
     * A new draft whose wording is the template's, in the draft's languages; a language the template lacks is left
     * for the drafter to write.
     *
     * @param templateId the template to start from; {@code null} for the kind's default template
     */
    public Agreement create(AgreementDraft draft, String templateId, String author) {
        return create(draft, templateId, null, author);
    }

    /**
     * The same, with the place of signing ("г. Омск" / "Омбы қ.") written into the place-and-date line in each
     * language it is given in; the drafter edits that line like any other text afterwards.
     *
     * @param placeOfSigning null or empty to keep the template's line, which leaves the place blank
     */
    public Agreement create(AgreementDraft draft, String templateId, LocalizedText placeOfSigning, String author) {
        if (draft.kind() == null && templateId == null) {
            // Let the registry report the missing kind together with every other missing field.
            return registry.create(draft, Wording.empty(), null, author);
        }
        Template template = (templateId == null ? catalogue.defaultFor(draft.kind()) : catalogue.get(templateId)).template();
        if (draft.kind() != null && draft.kind() != template.kind()) {
            new Violations().add("kind", Rule.MISMATCH, "the template " + template.id() + " is written for " + template.kind()).throwIfAny();
        }
        AgreementDraft ofKind = new AgreementDraft(template.kind(), draft.languages(), draft.title(), draft.partyIds(),
                draft.areas(), draft.term());
        List<Language> languages = draft.languages() == null ? List.of() : draft.languages();
        // The template names the document by {document.<case>}; the draft reads in words from the start.
        Wording wording = SelfReference.fill(template.wording().in(languages), template.kind());
        return registry.create(ofKind, PlaceOfSigning.named(wording, placeOfSigning), template.reference(), author);
    }

    /**
     * Saves the draft's fields and wording as its next revision.
     *
     * @param wording the new wording, or {@code null} to change the fields only
     * @throws org.pactum.domain.agreement.ConcurrentEditException when someone else changed it since
     *                                                             {@code expectedVersion}
     */
    public Agreement save(long id, AgreementDraft draft, Wording wording, long expectedVersion, String editor) {
        if (wording != null) {
            WordingRules.checkPlaceholders("wording", wording, new Violations()).throwIfAny();
        }
        return registry.revise(id, draft, wording, expectedVersion, editor);
    }

    public List<Revision> revisions(long id) {
        return registry.revisions(id);
    }

    /** The keys the agreement's articles carried in any revision: a new article takes none of them. */
    public ArticleKeys articleKeys(long id) {
        ArticleKeys keys = ArticleKeys.none();
        revisions(id).forEach(revision -> keys.takeAll(revision.wording()));
        return keys;
    }

    public Revision revision(long id, int number) {
        return registry.revision(id, number);
    }

    /** What changed from one revision of the agreement to another (either order). */
    public Changes compare(long id, int from, int to) {
        return comparison.compare(registry.revision(id, from), registry.revision(id, to));
    }

    /** What changed between two revisions, e.g. those a concurrent edit names. */
    public Changes compare(Revision from, Revision to) {
        return comparison.compare(from, to);
    }

    /**
     * What the others changed since the revision a late editor started from; empty when the agreement cannot name
     * that revision.
     */
    public Optional<Changes> changesSince(ConcurrentEditException conflict) {
        return conflict.seen().map(seen -> comparison.compare(seen, conflict.current()));
    }

    /**
     * A late save merged cell by cell with what was saved since the revision its editor started from; empty when the
     * agreement cannot name that revision. Nothing is stored: the editor decides whether to save the merged draft.
     *
     * @param wording the wording the late save sent, or {@code null} when it left the wording as it was
     */
    public Optional<MergedDraft> merge(ConcurrentEditException conflict, AgreementDraft draft, Wording wording) {
        return conflict.seen().map(seen -> {
            Set<String> editors = new TreeSet<>();
            revisions(seen.agreementId()).stream()
                    .filter(revision -> revision.number() > seen.number() && revision.number() <= conflict.current().number())
                    .forEach(revision -> editors.add(revision.author()));
            MergedEdit merged = ThreeWayMerge.merge(seen, conflict.current(), draft, wording, editors);
            return new MergedDraft(ThreeWayMerge.draftOf(merged), merged);
        });
    }

    /** The agreement's wording with its placeholders filled from its fields: the text a PDF prints. */
    public Wording filledWording(Agreement agreement) {
        return filler.fill(agreement.wording(), agreement);
    }

    /**
     * What a revision printed: its wording filled from the fields it recorded. For the current revision, prefer
     * {@link #filledWording(Agreement)}, which also knows the registration.
     */
    public RevisionPrint print(long id, int number) {
        Revision revision = registry.revision(id, number);
        AgreementParticulars particulars = AgreementParticulars.of(revision, this::regionName);
        return new RevisionPrint(revision, particulars, filler.fill(revision.wording(), particulars));
    }

    /** A region removed from the directory since is named by its code, which is all the revision kept of it. */
    private LocalizedText regionName(String code) {
        try {
            return directory.region(code).name();
        } catch (NotFoundException e) {
            return LocalizedText.of(code, code, code);
        }
    }

    /**
     * The agreement as it would be if the editor's unsaved fields and wording were saved: for a preview while
     * editing. Nothing is stored; input errors are reported as a save would report them.
     */
    public Agreement unsaved(long id, AgreementDraft draft, Wording wording, String editor) {
        Agreement stored = registry.get(id);
        Wording candidate = wording == null ? stored.wording() : wording;
        WordingRules.checkPlaceholders("wording", candidate, new Violations()).throwIfAny();
        AgreementContent content = registry.resolve(draft);
        return Agreement.draft(stored.number(), content, candidate, stored.origin().orElse(null), editor, clock.instant());
    }
}
