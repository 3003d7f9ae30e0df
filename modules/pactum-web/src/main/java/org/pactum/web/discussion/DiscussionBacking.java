package org.pactum.web.discussion;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.pactum.domain.agreement.Agreement;
import org.pactum.domain.agreement.AgreementStatus;
import org.pactum.domain.comment.Comment;
import org.pactum.domain.error.FieldError;
import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.error.PactumException;
import org.pactum.domain.error.StaleVersionException;
import org.pactum.domain.user.Role;
import org.pactum.drafting.boundary.CommentThreads;
import org.pactum.drafting.boundary.Drafting;
import org.pactum.registry.boundary.AgreementRegistry;
import org.pactum.web.agreement.AgreementBacking;
import org.pactum.web.agreement.AgreementDetails;
import org.pactum.web.faces.CurrentUser;
import org.pactum.web.faces.DateDisplay;
import org.pactum.web.faces.LanguageBacking;
import org.pactum.web.faces.PageMessages;
import org.pactum.web.faces.People;

/**
 * The agreement page's discussion: threads by article, and the forms to start one, answer, resolve or reopen. Every
 * role reads it; drafters, approvers, signers and administrators write in it, as the API allows, until the agreement
 * is signed, rejected or withdrawn. A thread's version travels with its form, so resolving a thread someone else has
 * just settled or reopened is refused and the page shows the thread as it now is.
 */
@Named
@ViewScoped
public class DiscussionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Who may write, as on the API's comment resources; auditors read. */
    static final Set<Role> WRITERS = Set.of(Role.DRAFTER, Role.APPROVER, Role.SIGNER, Role.ADMIN);

    @Inject
    AgreementBacking agreementPage;

    @Inject
    CommentThreads threads;

    @Inject
    AgreementRegistry registry;

    @Inject
    Drafting drafting;

    @Inject
    CurrentUser user;

    @Inject
    LanguageBacking language;

    @Inject
    DateDisplay dates;

    @Inject
    People people;

    private long agreementId;
    private int revision;
    private AgreementStatus status;
    private List<DiscussionArticle> articles;
    private List<ArticleOption> options = List.of();

    private String article;
    private String text;
    private final Map<Long, String> replies = new HashMap<>();
    private final Map<Long, Long> versions = new HashMap<>();

    /** Reads the discussion the first time the page asks for it, and again after a change made meanwhile. */
    private void load() {
        AgreementDetails shown = agreementPage.getAgreement();
        if (shown == null) {
            articles = List.of();
            return;
        }
        Agreement agreement = registry.get(shown.id());
        agreementId = agreement.id();
        revision = agreement.revision();
        status = agreement.status();
        List<Comment> comments = threads.on(agreementId);
        articles = DiscussionOutline.of(comments, agreement.wording(), revision,
                earlier -> drafting.revision(agreementId, earlier).wording(), language.getLanguage(), dates, people::nameOf);
        options = DiscussionOutline.options(agreement.wording(), language.getLanguage());
        versions.clear();
        comments.stream().filter(Comment::startsThread).forEach(thread -> versions.put(thread.id(), thread.version()));
    }

    public String start() {
        if (!mayWrite()) {
            return null;
        }
        if (article == null || article.isBlank()) {
            PageMessages.fieldError("startThread:article", "discussion.articleRequired");
            return null;
        }
        if (!usable(text, "startThread:text")) {
            return null;
        }
        try {
            threads.open(agreementId, revision, article, text, user.getUsername());
            int number = options.stream().filter(option -> option.key().equals(article)).findFirst()
                    .map(ArticleOption::number).orElse(0);
            return done("discussion.started", number);
        } catch (PactumException e) {
            return refused(e, "startThread:text");
        }
    }

    public String reply(long threadId) {
        String answer = replies.get(threadId);
        if (!mayWrite() || !usable(answer, null)) {
            return null;
        }
        try {
            threads.reply(agreementId, threadId, answer, user.getUsername());
            return done("discussion.replied");
        } catch (PactumException e) {
            return refused(e);
        }
    }

    public String resolve(long threadId) {
        if (!mayWrite()) {
            return null;
        }
        try {
            threads.resolve(agreementId, threadId, versions.getOrDefault(threadId, -1L), user.getUsername());
            return done("discussion.resolvedDone");
        } catch (PactumException e) {
            return refused(e);
        }
    }

    public String reopen(long threadId) {
        if (!mayWrite()) {
            return null;
        }
        try {
            threads.reopen(agreementId, threadId, versions.getOrDefault(threadId, -1L), user.getUsername());
            return done("discussion.reopenedDone");
        } catch (PactumException e) {
            return refused(e);
        }
    }

    private boolean mayWrite() {
        getArticles();
        if (!isWritable()) {
            PageMessages.error("error.notAllowed");
            return false;
        }
        return true;
    }

    private static boolean usable(String typed, String field) {
        if (typed == null || typed.isBlank() || typed.strip().length() > Comment.MAX_LENGTH) {
            if (field == null) {
                PageMessages.error("discussion.textRequired");
            } else {
                PageMessages.fieldError(field, "discussion.textRequired");
            }
            return false;
        }
        return true;
    }

    /** Shows the message after the redirect, so reloading the page never sends the comment again. */
    private static String done(String key, Object... arguments) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        PageMessages.info(key, arguments);
        return "/agreement/agreement.xhtml?faces-redirect=true&includeViewParams=true";
    }

    /**
     * A change made meanwhile (a newer thread version, a thread already settled, an agreement that reached a final
     * status) is shown as it now is; what the user typed stays in the forms.
     */
    private String refused(PactumException problem) {
        return refused(problem, null);
    }

    /** @param field where the text typed is, to say beside it which character is refused; null for a page message */
    private String refused(PactumException problem, String field) {
        switch (problem) {
            case StaleVersionException stale -> PageMessages.error("discussion.stale");
            case InvalidInputException invalid when concerns(invalid, "resolved") -> PageMessages.error("discussion.stale");
            case InvalidInputException invalid when concerns(invalid, "agreement") -> {
                load();
                PageMessages.error("discussion.closed", PageMessages.text("status." + status.name()));
                return null;
            }
            case InvalidInputException invalid when refusesACharacter(invalid) ->
                    invalid.errors().forEach(error -> PageMessages.refusedCharacter(field, error));
            case InvalidInputException invalid when concerns(invalid, "text") -> PageMessages.error("discussion.textRequired");
            case InvalidInputException invalid when concerns(invalid, "clauseKey") -> PageMessages.error("discussion.articleRequired");
            default -> PageMessages.problem(problem, null);
        }
        load();
        return null;
    }

    private static boolean refusesACharacter(InvalidInputException invalid) {
        return invalid.errors().stream().anyMatch(error -> error.rule().refusesACharacter());
    }

    private static boolean concerns(InvalidInputException invalid, String field) {
        return invalid.errors().stream().map(FieldError::field).anyMatch(field::equals);
    }

    public List<DiscussionArticle> getArticles() {
        if (articles == null) {
            load();
        }
        return articles;
    }

    /** Whether the signed-in user may write here now: a writing role, and an agreement still being negotiated. */
    public boolean isWritable() {
        return isOpen() && WRITERS.stream().anyMatch(user::isIn);
    }

    /** Whether the discussion still takes remarks: closed once the agreement is signed, rejected or withdrawn. */
    public boolean isOpen() {
        getArticles();
        return status != null && !status.isFinal();
    }

    public AgreementStatus getStatus() {
        getArticles();
        return status;
    }

    public int getRevision() {
        getArticles();
        return revision;
    }

    public List<ArticleOption> getOptions() {
        getArticles();
        return options;
    }

    public String getArticle() {
        return article;
    }

    public void setArticle(String article) {
        this.article = article;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Map<Long, String> getReplies() {
        return replies;
    }

    public Map<Long, Long> getVersions() {
        return versions;
    }
}
