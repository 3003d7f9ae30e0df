package org.pactum.drafting.control;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;

import org.pactum.domain.agreement.Revision;
import org.pactum.domain.language.Language;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.text.Clause;
import org.pactum.domain.text.Wording;
import org.pactum.drafting.entity.Changes;
import org.pactum.drafting.entity.ClauseChange;
import org.pactum.drafting.entity.ClauseChangeKind;
import org.pactum.drafting.entity.ComparedRevision;
import org.pactum.drafting.entity.FieldChange;
import org.pactum.drafting.entity.Passage;
import org.pactum.drafting.entity.PassageChange;
import org.pactum.drafting.entity.TextChange;

/**
 * Compares two revisions of an agreement clause by clause and language by language, the way negotiators read a
 * redline. Clauses are matched by key, so a clause keeps its identity when it is renumbered, moved or reworded.
 * Either revision may be the earlier one: the result always reads from {@code from} to {@code to}.
 */
public final class RevisionComparison {

    public Changes compare(Revision from, Revision to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        List<ClauseChange> clauses = clauses(from.wording(), to.wording());
        return new Changes(ComparedRevision.of(from), ComparedRevision.of(to), fields(from, to),
                passages(from.wording(), to.wording()), clauses, unchanged(from.wording(), to.wording(), clauses));
    }

    private static List<FieldChange> fields(Revision from, Revision to) {
        Set<String> names = new TreeSet<>(from.fields().keySet());
        names.addAll(to.fields().keySet());
        return names.stream()
                .filter(name -> !Objects.equals(from.fields().get(name), to.fields().get(name)))
                .map(name -> new FieldChange(name, from.fields().get(name), to.fields().get(name)))
                .toList();
    }

    private static List<PassageChange> passages(Wording from, Wording to) {
        List<PassageChange> changes = new ArrayList<>();
        for (Passage passage : Passage.values()) {
            LocalizedText before = passage.in(from);
            LocalizedText after = passage.in(to);
            if (!before.equals(after)) {
                changes.add(new PassageChange(passage, texts(languages(before, after), before, after)));
            }
        }
        return changes;
    }

    /*
     * The clauses kept in both revisions that lie on a longest common subsequence of keys stayed in place; any other
     * kept clause moved. Walking the key diff also gives the order to show: the later text's, with each removed
     * clause just before whatever took its place, as a redline strikes out before it inserts.
     */
    private static List<ClauseChange> clauses(Wording from, Wording to) {
        Map<String, Clause> clausesBefore = byKey(from);
        Map<String, Clause> clausesAfter = byKey(to);
        List<String> order = new ArrayList<>();
        Set<String> inPlace = new HashSet<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(keys(from), keys(to), true).getDeltas()) {
            if (delta.getType() == DeltaType.EQUAL) {
                inPlace.addAll(delta.getSource().getLines());
            } else {
                delta.getSource().getLines().stream().filter(key -> !clausesAfter.containsKey(key)).forEach(order::add);
            }
            order.addAll(delta.getTarget().getLines());
        }
        List<String> keysBefore = keys(from);
        List<String> keysAfter = keys(to);
        List<ClauseChange> changes = new ArrayList<>();
        for (String key : order) {
            Clause before = clausesBefore.get(key);
            Clause after = clausesAfter.get(key);
            ClauseChangeKind kind = kind(before, after, !inPlace.contains(key));
            if (kind != null) {
                LocalizedText headingBefore = before == null ? LocalizedText.empty() : before.heading();
                LocalizedText headingAfter = after == null ? LocalizedText.empty() : after.heading();
                LocalizedText textBefore = before == null ? LocalizedText.empty() : before.text();
                LocalizedText textAfter = after == null ? LocalizedText.empty() : after.text();
                List<Language> languages = languages(headingBefore, headingAfter, textBefore, textAfter);
                changes.add(new ClauseChange(key, kind, article(keysBefore, key), article(keysAfter, key),
                        texts(languages, headingBefore, headingAfter), texts(languages, textBefore, textAfter)));
            }
        }
        return changes;
    }

    /** The clauses in both revisions that are not among the changes: neither moved nor reworded. */
    private static int unchanged(Wording from, Wording to, List<ClauseChange> changes) {
        Set<String> kept = new HashSet<>(keys(from));
        kept.retainAll(keys(to));
        changes.forEach(change -> kept.remove(change.key()));
        return kept.size();
    }

    /** @return null when the clause is in place and worded the same */
    private static ClauseChangeKind kind(Clause before, Clause after, boolean moved) {
        if (before == null) {
            return ClauseChangeKind.ADDED;
        }
        if (after == null) {
            return ClauseChangeKind.REMOVED;
        }
        boolean reworded = !before.heading().equals(after.heading()) || !before.text().equals(after.text());
        if (moved) {
            return reworded ? ClauseChangeKind.MOVED_AND_REWORDED : ClauseChangeKind.MOVED;
        }
        return reworded ? ClauseChangeKind.REWORDED : null;
    }

    private static List<String> keys(Wording wording) {
        return wording.clauses().stream().map(Clause::key).toList();
    }

    private static Map<String, Clause> byKey(Wording wording) {
        return wording.clauses().stream().collect(Collectors.toMap(Clause::key, Function.identity()));
    }

    private static Integer article(List<String> keys, String key) {
        int index = keys.indexOf(key);
        return index < 0 ? null : index + 1;
    }

    private static List<Language> languages(LocalizedText... texts) {
        Set<Language> languages = EnumSet.noneOf(Language.class);
        for (LocalizedText text : texts) {
            languages.addAll(text.languages());
        }
        return List.copyOf(languages);
    }

    private static List<TextChange> texts(List<Language> languages, LocalizedText before, LocalizedText after) {
        return languages.stream()
                .map(language -> textChange(language, before.in(language).orElse(null), after.in(language).orElse(null)))
                .toList();
    }

    private static TextChange textChange(Language language, String before, String after) {
        return new TextChange(language, before, after, WordDiff.between(before, after));
    }
}
