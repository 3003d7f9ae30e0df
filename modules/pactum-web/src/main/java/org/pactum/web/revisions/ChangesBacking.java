package org.pactum.web.revisions;

import static org.pactum.web.faces.AddressParameters.identifier;
import static org.pactum.web.faces.AddressParameters.number;
import static org.pactum.web.faces.AddressParameters.present;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.pactum.domain.agreement.Agreement;
import org.pactum.domain.agreement.Revision;
import org.pactum.domain.error.NotFoundException;
import org.pactum.drafting.boundary.Drafting;
import org.pactum.drafting.entity.Changes;
import org.pactum.registry.boundary.AgreementRegistry;
import org.pactum.web.faces.DateDisplay;
import org.pactum.web.faces.LanguageBacking;
import org.pactum.web.faces.NotFoundResponse;
import org.pactum.web.faces.PageMessages;
import org.pactum.web.faces.People;
import org.pactum.web.faces.Shown;

/**
 * The redline between two revisions of an agreement ({@code ?id=&from=&to=}): changed fields, passages and articles,
 * word by word in each language. Without {@code to} the latest revision is meant, without {@code from} the one before
 * {@code to}, as in the API; a revision the agreement does not have is the not-found page.
 */
@Named
@RequestScoped
public class ChangesBacking {

    @Inject
    AgreementRegistry registry;

    @Inject
    Drafting drafting;

    @Inject
    LanguageBacking language;

    @Inject
    DateDisplay dates;

    @Inject
    People people;

    private String id;
    private String from;
    private String to;

    private long agreementId;
    private String number;
    private Shown title;
    private ComparedSide before;
    private ComparedSide after;
    private List<FieldChangeLine> fields = List.of();
    private List<RedlinePassage> passages = List.of();
    private List<RedlineArticle> articles = List.of();
    private int unchanged;
    private boolean same;

    public void load() throws IOException {
        Optional<Long> agreement = identifier(id);
        if (agreement.isEmpty()) {
            NotFoundResponse.send("agreement");
            return;
        }
        try {
            Agreement shown = registry.get(agreement.get());
            List<Revision> revisions = drafting.revisions(shown.id());
            int newest = revisions.isEmpty() ? 0 : revisions.getLast().number();
            Optional<Integer> target = present(to) ? number(to) : Optional.of(newest);
            Optional<Integer> base = present(from) ? number(from) : target.map(later -> Math.max(1, later - 1));
            if (target.isEmpty() || base.isEmpty()) {
                NotFoundResponse.send("revision");
                return;
            }
            Changes changes = drafting.compare(shown.id(), base.get(), target.get());
            agreementId = shown.id();
            number = shown.number();
            title = Shown.of(shown.title(), language.getLanguage());
            show(changes);
        } catch (NotFoundException e) {
            NotFoundResponse.send("revision");
        }
    }

    private void show(Changes changes) {
        before = ComparedSide.of(changes.from(), dates, people::nameOf);
        after = ComparedSide.of(changes.to(), dates, people::nameOf);
        fields = changes.fields().stream()
                .map(field -> FieldChangeLine.of(field, PageMessages::text, FieldChangeLine.dates(dates))).toList();
        passages = changes.passages().stream().map(RedlinePassage::of).toList();
        articles = changes.clauses().stream().map(RedlineArticle::of).toList();
        unchanged = changes.unchangedClauses();
        same = changes.isEmpty();
    }

    public long getAgreementId() {
        return agreementId;
    }

    public String getNumber() {
        return number;
    }

    public Shown getTitle() {
        return title;
    }

    public ComparedSide getBefore() {
        return before;
    }

    public ComparedSide getAfter() {
        return after;
    }

    public List<FieldChangeLine> getFields() {
        return fields;
    }

    public List<RedlinePassage> getPassages() {
        return passages;
    }

    public List<RedlineArticle> getArticles() {
        return articles;
    }

    public int getUnchanged() {
        return unchanged;
    }

    public boolean isSame() {
        return same;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
