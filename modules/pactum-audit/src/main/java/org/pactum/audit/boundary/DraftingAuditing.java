package org.pactum.audit.boundary;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.pactum.domain.agreement.Agreement;
import org.pactum.domain.agreement.AgreementFingerprint;
import org.pactum.domain.audit.AuditAction;
import org.pactum.domain.comment.Comment;
import org.pactum.domain.comment.CommentRecorded;
import org.pactum.domain.language.Language;
import org.pactum.domain.text.Clause;
import org.pactum.domain.template.ClauseLibrary;
import org.pactum.domain.template.ClauseLibrarySaved;
import org.pactum.domain.template.Template;
import org.pactum.domain.template.TemplateSaved;

/**
 * Records the negotiation around the wording — comments and their threads' state — and every template and clause
 * library version an administrator saves, inside the transaction that made the change.
 */
@ApplicationScoped
public class DraftingAuditing {

    @Inject
    AuditTrail trail;

    void onCommentRecorded(@Observes CommentRecorded recorded) {
        Comment comment = recorded.comment();
        Agreement agreement = recorded.agreement();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("number", agreement.number());
        details.put("comment", comment.id());
        details.put("thread", comment.threadId());
        details.put("revision", comment.revision());
        details.put("clause", comment.clauseKey());
        if (recorded.action() == AuditAction.COMMENT_ADDED) {
            details.put("text", comment.text());
        }
        trail.record(trail.fromCaller(recorded.action(), recorded.actor(), agreement.id(), agreement.version(),
                AgreementFingerprint.of(agreement), details));
    }

    void onClauseLibrarySaved(@Observes ClauseLibrarySaved saved) {
        ClauseLibrary library = saved.saved();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("version", library.version());
        details.put("languages", library.languages().stream().map(Language::code).toList());
        details.put("clauses", library.clauses().stream().map(Clause::key).toList());
        trail.record(trail.fromCaller(AuditAction.CLAUSE_LIBRARY_SAVED, library.savedBy(), null, null, saved.contentHash(), details));
    }

    void onTemplateSaved(@Observes TemplateSaved saved) {
        Template template = saved.saved().template();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("template", template.id());
        details.put("version", template.version());
        details.put("kind", template.kind());
        details.put("languages", template.languages().stream().map(Language::code).toList());
        trail.record(trail.fromCaller(AuditAction.TEMPLATE_SAVED, saved.saved().savedBy(),
                null, null, template.contentHash(), details));
    }
}
