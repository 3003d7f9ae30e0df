package org.pactum.web.reading;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.pactum.domain.agreement.Agreement;
import org.pactum.drafting.boundary.Drafting;
import org.pactum.drafting.boundary.LastSeenRevisions;
import org.pactum.drafting.entity.AgreementParticulars;
import org.pactum.registry.boundary.AgreementRegistry;
import org.pactum.web.agreement.AgreementDetails;
import org.pactum.web.agreement.AgreementBacking;
import org.pactum.web.discussion.DiscussionArticle;
import org.pactum.web.discussion.DiscussionBacking;
import org.pactum.web.discussion.ThreadLine;
import org.pactum.web.faces.CurrentUser;
import org.pactum.web.faces.ParallelRow;
import org.pactum.web.revisions.RedlineCell;

/**
 * The agreement page's reading view: the current text side by side in the agreement's languages, each article's
 * comment threads beside it, and — for a reader coming back after someone else saved a newer revision — what changed
 * since the revision they last saw. Opening the page notes the current revision as seen (a view action, so a form
 * sent from the page does not count as another visit).
 */
@Named
@ViewScoped
public class ReadingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AgreementBacking agreementPage;

    @Inject
    DiscussionBacking discussion;

    @Inject
    AgreementRegistry registry;

    @Inject
    Drafting drafting;

    @Inject
    LastSeenRevisions lastSeen;

    @Inject
    CurrentUser user;

    private long agreementId;
    private ReadingText text;
    private SinceSeen since;

    /** Reads the text and notes this visit; what changed since the last one is kept for as long as the page is. */
    public void look() {
        AgreementDetails shown = agreementPage.getAgreement();
        if (shown == null) {
            return;
        }
        Agreement agreement = registry.get(shown.id());
        agreementId = agreement.id();
        text = ReadingText.of(agreement.revision(), AgreementParticulars.of(agreement), drafting.filledWording(agreement));
        since = lastSeen.look(agreementId, user.getUsername()).map(SinceSeen::of).orElse(null);
    }

    public ReadingText getText() {
        return text;
    }

    /** What changed since the reader's last visit; null on a first visit or when nothing did. */
    public SinceSeen getSince() {
        return since;
    }

    /** How the row changed since the reader's last visit, a {@code ClauseChangeKind} name; null when it did not. */
    public String mark(ParallelRow row) {
        return since == null ? null : since.marks().get(row.key() == null ? row.labelKey() : row.key());
    }

    /** The words of the article inserted and deleted in one language since the reader's last visit; null if none. */
    public RedlineCell redline(ParallelRow row, String language) {
        if (since == null || row.key() == null) {
            return null;
        }
        return since.redlines().getOrDefault(row.key(), Map.of()).get(language);
    }

    public long getAgreementId() {
        return agreementId;
    }

    /** Each current article's threads, by the article's key; threads on removed articles stay in the discussion. */
    public Map<String, List<ThreadLine>> getThreads() {
        return discussion.getArticles().stream().filter(article -> !article.removed())
                .collect(Collectors.toMap(DiscussionArticle::key, DiscussionArticle::threads));
    }

    /** Threads nobody resolved yet, on every article, removed ones included. */
    public long getUnresolved() {
        return discussion.getArticles().stream().mapToLong(DiscussionArticle::openThreads).sum();
    }
}
