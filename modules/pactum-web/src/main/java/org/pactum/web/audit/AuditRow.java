package org.pactum.web.audit;

import java.util.Arrays;
import java.util.List;
import java.util.function.LongFunction;
import java.util.function.UnaryOperator;

import org.pactum.domain.audit.AuditEvent;
import org.pactum.web.faces.DateDisplay;

/**
 * One line of the audit table. Hashes are kept whole: the page shows their start and offers the rest on hover, so
 * an auditor can still compare them with an export character by character.
 *
 * @param occurredAt     in the interface's time zone, to the second
 * @param occurredAtUtc  exactly as hashed (UTC, microseconds)
 * @param roles          role names the actor held, in the hashed order
 * @param action         the action code, e.g. {@code agreement.approved}
 * @param agreementNumber the agreement's reference number, or null for an event about no agreement
 * @param actorName      the name people know the actor by; the login where there is no account by it
 * @param sentences      the details said in the interface's language
 * @param actionLabel    what the action is called in that language; the code where no language was asked for
 */
public record AuditRow(long sequence, String occurredAt, String occurredAtUtc, String actor, List<String> roles,
                       String action, Long agreementId, String agreementNumber, Long agreementVersion, String hash,
                       String previousHash, String contentHash, String clientAddress, List<DetailLine> details,
                       String actorName, List<DetailSentence> sentences, String actionLabel) {

    /** Enough of a SHA-256 hex to tell hashes apart by eye. */
    static final int SHORT_HASH = 12;

    /** @param numbers the reference number of an agreement id */
    static AuditRow of(AuditEvent event, DateDisplay dates, LongFunction<String> numbers) {
        return of(event, dates, numbers, null, UnaryOperator.identity(), UnaryOperator.identity());
    }

    /**
     * @param sentences how the details are said, or null for key: value lines only
     * @param people    the name of a login
     * @param actions   the label of an action code
     */
    static AuditRow of(AuditEvent event, DateDisplay dates, LongFunction<String> numbers, EventSentences sentences,
                       UnaryOperator<String> people, UnaryOperator<String> actions) {
        Long agreement = event.agreementId();
        return new AuditRow(event.sequence(), dates.dateTimeWithSeconds(event.occurredAt()),
                event.occurredAt() == null ? "" : AuditEvent.TIME.format(event.occurredAt()), event.actor(),
                roles(event.actorRoles()), event.action(), agreement, agreement == null ? null : numbers.apply(agreement),
                event.agreementVersion(), event.hash(), event.previousHash(), event.contentHash(), event.clientAddress(),
                EventDetails.lines(event.details()), people.apply(event.actor()),
                sentences == null ? List.of() : sentences.of(event.action(), event.details()), actions.apply(event.action()));
    }

    /** Whether the actor is shown by a name other than the login, which then stands beside it. */
    public boolean isNamed() {
        return actorName != null && !actorName.equals(actor);
    }

    private static List<String> roles(String text) {
        return text == null ? List.of() : Arrays.stream(text.split(",")).map(String::strip).filter(r -> !r.isEmpty()).toList();
    }

    public String hashShort() {
        return shorten(hash);
    }

    public String previousHashShort() {
        return shorten(previousHash);
    }

    public String contentHashShort() {
        return shorten(contentHash);
    }

    static String shorten(String hash) {
        return hash == null || hash.length() <= SHORT_HASH ? hash : hash.substring(0, SHORT_HASH) + "…";
    }
}
