package org.pactum.web.drafting;

import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.pactum.domain.agreement.AgreementStatus;
import org.pactum.domain.agreement.ConcurrentEditException;
import org.pactum.domain.agreement.Revision;
import org.pactum.domain.language.Language;
import org.pactum.drafting.entity.Changes;
import org.pactum.drafting.entity.FieldChange;
import org.pactum.drafting.entity.PassageChange;

/**
 * What the editor tells a user whose save came too late: who saved meanwhile, which revision they started from and
 * which is current, and what differs between the two — article by article and, for the rest, by part. The word-by-word
 * redline is the revision history's job; here a list is enough to decide whether to reload or to save over it.
 *
 * @param seenRevision   the revision the user started from; 0 when the agreement cannot name it
 * @param currentVersion the agreement's version now: what a save over the current revision is based on
 * @param otherParts     codes of the other parts that changed: fields ({@code title}, {@code parties}, {@code areas},
 *                       {@code term}, {@code languages}, {@code kind}) and passages ({@code preamble}, …)
 */
public record ConflictNotice(String changedBy, int seenRevision, int currentRevision, long currentVersion, AgreementStatus status,
                           List<ChangedArticle> articles, List<String> otherParts) implements Serializable {

    public ConflictNotice {
        articles = List.copyOf(articles);
        otherParts = List.copyOf(otherParts);
    }

    /**
     * @param changes what changed from the revision the user started from to the current one; empty when the
     *                agreement cannot name the former
     * @param people  turns a username into the name people know the user by
     */
    public static ConflictNotice of(ConcurrentEditException conflict, Optional<Changes> changes, UnaryOperator<String> people,
                                    Language reader) {
        return of(people.apply(conflict.changedBy()), changes, conflict.current(), conflict.actual(), conflict.status(), reader);
    }

    static ConflictNotice of(String changedBy, Optional<Changes> changes, Revision current, long currentVersion,
                           AgreementStatus status, Language reader) {
        return new ConflictNotice(changedBy, changes.map(found -> found.from().number()).orElse(0), current.number(),
                currentVersion, status,
                changes.map(found -> found.clauses().stream().map(clause -> ChangedArticle.of(clause, reader)).toList())
                        .orElse(List.of()),
                changes.map(ConflictNotice::otherParts).orElse(List.of()));
    }

    /** Whether the user can still save their text over the current revision after looking at it. */
    public boolean isStillDraft() {
        return status == AgreementStatus.DRAFT;
    }

    public boolean isSeenKnown() {
        return seenRevision > 0;
    }

    private static List<String> otherParts(Changes changes) {
        Set<String> parts = new LinkedHashSet<>();
        changes.fields().stream().map(FieldChange::name).filter(name -> !name.equals("number"))
                .map(ConflictNotice::part).forEach(parts::add);
        changes.passages().stream().map(PassageChange::passage).map(passage -> switch (passage) {
            case KIND_NAME -> "kindName";
            case PLACE_AND_DATE -> "placeAndDate";
            case PREAMBLE -> "preamble";
            case EQUALLY_AUTHENTIC -> "equallyAuthentic";
        }).forEach(parts::add);
        return List.copyOf(parts);
    }

    /** {@code parties[1].organization.ru} belongs to the parties, {@code term.years} to the term. */
    private static String part(String field) {
        int end = field.length();
        for (char separator : new char[] {'.', '['}) {
            int at = field.indexOf(separator);
            if (at > 0) {
                end = Math.min(end, at);
            }
        }
        return field.substring(0, end);
    }
}
