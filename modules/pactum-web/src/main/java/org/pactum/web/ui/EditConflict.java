package org.pactum.web.ui;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.pactum.domain.agreement.AgreementStatus;
import org.pactum.domain.agreement.ConcurrentEditException;
import org.pactum.domain.agreement.Revision;
import org.pactum.domain.language.Language;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.text.Clause;
import org.pactum.domain.text.Wording;

/**
 * What the editor tells a user whose save came too late: who saved meanwhile, which revision they started from and
 * which is current, and what differs between the two — article by article (by key, so a moved article is "moved",
 * not "removed and added") and, for the rest, by part. A word-by-word comparison is the revision history's job.
 *
 * @param seenRevision   the revision the user started from; 0 when the agreement cannot name it
 * @param currentVersion the agreement's version now: what a save over the current revision is based on
 * @param otherParts   codes of the other parts that changed: fields ({@code title}, {@code parties}, {@code areas},
 *                     {@code term}, {@code languages}, {@code kind}) and wording ({@code preamble}, …)
 */
public record EditConflict(String changedBy, int seenRevision, int currentRevision, long currentVersion, AgreementStatus status,
                           List<ChangedArticle> articles, List<String> otherParts) implements Serializable {

    public EditConflict {
        articles = List.copyOf(articles);
        otherParts = List.copyOf(otherParts);
    }

    /** @param people turns a username into the name people know the user by */
    public static EditConflict of(ConcurrentEditException conflict, UnaryOperator<String> people, Language reader) {
        Revision current = conflict.current();
        Optional<Revision> seen = conflict.seen();
        List<ChangedArticle> articles = seen.map(earlier -> articles(earlier.wording(), current.wording(), reader))
                .orElse(List.of());
        List<String> parts = seen.map(earlier -> otherParts(earlier, current)).orElse(List.of());
        return new EditConflict(people.apply(conflict.changedBy()), seen.map(Revision::number).orElse(0),
                current.number(), conflict.actual(), conflict.status(), articles, parts);
    }

    /** Whether the user can still save their text over the current revision after looking at it. */
    public boolean isStillDraft() {
        return status == AgreementStatus.DRAFT;
    }

    public boolean isSeenKnown() {
        return seenRevision > 0;
    }

    static List<ChangedArticle> articles(Wording seen, Wording current, Language reader) {
        List<String> seenKeys = seen.clauses().stream().map(Clause::key).toList();
        List<String> currentKeys = current.clauses().stream().map(Clause::key).toList();
        Set<String> inPlace = inSameOrder(seenKeys.stream().filter(currentKeys::contains).toList(),
                currentKeys.stream().filter(seenKeys::contains).toList());
        List<ChangedArticle> changes = new ArrayList<>();
        for (int i = 0; i < currentKeys.size(); i++) {
            Clause now = current.clauses().get(i);
            Optional<Clause> before = seen.text().find(now.key());
            if (before.isEmpty()) {
                changes.add(new ChangedArticle(i + 1, Shown.of(now.heading(), reader), ChangedArticle.Change.ADDED, List.of()));
                continue;
            }
            List<String> reworded = changedLanguages(before.get(), now);
            if (!reworded.isEmpty()) {
                changes.add(new ChangedArticle(i + 1, Shown.of(now.heading(), reader), ChangedArticle.Change.REWORDED, reworded));
            } else if (!inPlace.contains(now.key())) {
                changes.add(new ChangedArticle(i + 1, Shown.of(now.heading(), reader), ChangedArticle.Change.MOVED, List.of()));
            }
        }
        for (int i = 0; i < seenKeys.size(); i++) {
            Clause before = seen.clauses().get(i);
            if (!currentKeys.contains(before.key())) {
                changes.add(new ChangedArticle(i + 1, Shown.of(before.heading(), reader), ChangedArticle.Change.REMOVED, List.of()));
            }
        }
        return changes;
    }

    /**
     * The articles that kept their order: the longest common subsequence of both orders. Only the others moved, so
     * inserting an article does not "move" every one after it, and moving one article down names that one alone.
     */
    private static Set<String> inSameOrder(List<String> before, List<String> after) {
        int[][] longest = new int[before.size() + 1][after.size() + 1];
        for (int i = before.size() - 1; i >= 0; i--) {
            for (int j = after.size() - 1; j >= 0; j--) {
                longest[i][j] = before.get(i).equals(after.get(j)) ? longest[i + 1][j + 1] + 1
                        : Math.max(longest[i + 1][j], longest[i][j + 1]);
            }
        }
        Set<String> kept = new HashSet<>();
        for (int i = 0, j = 0; i < before.size() && j < after.size(); ) {
            if (before.get(i).equals(after.get(j))) {
                kept.add(before.get(i));
                i++;
                j++;
            } else if (longest[i + 1][j] >= longest[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return kept;
    }

    private static List<String> changedLanguages(Clause before, Clause now) {
        Set<Language> languages = new TreeSet<>();
        for (Language language : Language.values()) {
            if (!Objects.equals(before.heading().in(language), now.heading().in(language))
                    || !Objects.equals(before.text().in(language), now.text().in(language))) {
                languages.add(language);
            }
        }
        return languages.stream().map(Language::code).toList();
    }

    static List<String> otherParts(Revision seen, Revision current) {
        Set<String> parts = new LinkedHashSet<>();
        Set<String> names = new TreeSet<>(seen.fields().keySet());
        names.addAll(current.fields().keySet());
        for (String name : names) {
            if (!Objects.equals(seen.fields().get(name), current.fields().get(name)) && !name.equals("number")) {
                parts.add(part(name));
            }
        }
        Map<String, Function<Wording, LocalizedText>> texts = Map.of("kindName", Wording::kindName,
                "placeAndDate", Wording::placeAndDate, "preamble", Wording::preamble, "equallyAuthentic", Wording::equallyAuthentic);
        for (String part : List.of("kindName", "placeAndDate", "preamble", "equallyAuthentic")) {
            if (!texts.get(part).apply(seen.wording()).equals(texts.get(part).apply(current.wording()))) {
                parts.add(part);
            }
        }
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
