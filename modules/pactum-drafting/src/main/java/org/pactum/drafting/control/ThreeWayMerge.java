package org.pactum.drafting.control;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

import org.pactum.domain.agreement.Revision;
import org.pactum.domain.language.Language;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.text.AgreementText;
import org.pactum.domain.text.Clause;
import org.pactum.domain.text.Wording;
import org.pactum.drafting.entity.Cell;
import org.pactum.drafting.entity.MergedEdit;
import org.pactum.drafting.entity.Origin;
import org.pactum.registry.boundary.AgreementDraft;

/**
 * Merges a late save with what was saved since the revision its editor started from, cell by cell (see {@link Cell}).
 * Articles are matched by key. An article one side added is kept; one side removed is removed if the other side left
 * it as it was, and is otherwise a conflict that keeps the article; a change of order on one side is taken, on both
 * sides differently it is a conflict. Two articles added under the same key with different texts (two editors who
 * each added an article to the same revision get the same new key) are a conflict too. Nothing is ever dropped
 * without a conflict saying so.
 */
public final class ThreeWayMerge {

    private static final Map<String, Function<Wording, LocalizedText>> PASSAGES = passages();

    private final Map<String, Origin> origins = new HashMap<>();
    private final Set<String> conflicts = new LinkedHashSet<>();

    private ThreeWayMerge() {
    }

    /**
     * @param base         the revision the late editor started from
     * @param theirs       the current revision
     * @param yourDraft    the fields the late editor sent
     * @param yourWording  the wording they sent, or {@code null} when they left it as it was
     * @param theirEditors who saved the revisions after {@code base}
     */
    public static MergedEdit merge(Revision base, Revision theirs, AgreementDraft yourDraft, Wording yourWording,
                                   Set<String> theirEditors) {
        ThreeWayMerge merge = new ThreeWayMerge();
        SortedMap<String, String> fields = merge.cells(FieldCells.ofRevision(base.fields()),
                FieldCells.ofRevision(theirs.fields()), FieldCells.ofDraft(yourDraft));
        Wording wording = merge.wording(base.wording(), theirs.wording(), yourWording == null ? base.wording() : yourWording);
        return new MergedEdit(fields, wording, merge.origins, List.copyOf(merge.conflicts), theirEditors);
    }

    /** The merged fields as a draft to save; what cannot be read is left for the save's own checks to report. */
    public static AgreementDraft draftOf(MergedEdit merged) {
        return FieldCells.toDraft(merged.fields());
    }

    private Wording wording(Wording base, Wording theirs, Wording yours) {
        Map<String, LocalizedText> passages = new HashMap<>();
        PASSAGES.forEach((name, passage) -> passages.put(name,
                texts(language -> Cell.passage(name, language), passage.apply(base), passage.apply(theirs), passage.apply(yours))));
        return new Wording(passages.get("kindName"), passages.get("placeAndDate"), passages.get("preamble"),
                new AgreementText(clauses(base.clauses(), theirs.clauses(), yours.clauses())), passages.get("equallyAuthentic"));
    }

    private List<Clause> clauses(List<Clause> base, List<Clause> theirs, List<Clause> yours) {
        Map<String, Clause> inBase = byKey(base);
        Map<String, Clause> inTheirs = byKey(theirs);
        Map<String, Clause> inYours = byKey(yours);
        Map<String, Clause> kept = new HashMap<>();
        Set<String> keys = new LinkedHashSet<>(inBase.keySet());
        keys.addAll(inTheirs.keySet());
        keys.addAll(inYours.keySet());
        for (String key : keys) {
            Clause b = inBase.get(key);
            Clause t = inTheirs.get(key);
            Clause y = inYours.get(key);
            if (t != null && y != null) {
                if (b != null) {
                    kept.put(key, clause(key, b, t, y));
                } else if (t.equals(y)) {
                    kept.put(key, y);
                } else {
                    conflicts.add(Cell.article(key));
                    kept.put(key, y);
                }
            } else if (t != null || y != null) {
                Clause present = t != null ? t : y;
                Origin side = t != null ? Origin.THEIRS : Origin.YOURS;
                if (b == null) {
                    origins.put(Cell.article(key), side);
                    kept.put(key, present);
                } else if (!present.equals(b)) {
                    // Removed on one side, changed on the other: keep the text and let the editor decide.
                    conflicts.add(Cell.article(key));
                    kept.put(key, present);
                } else {
                    origins.put(Cell.article(key), side == Origin.THEIRS ? Origin.YOURS : Origin.THEIRS);
                }
            }
        }
        return order(keys(base), keys(theirs), keys(yours), kept.keySet()).stream().map(kept::get).toList();
    }

    private Clause clause(String key, Clause base, Clause theirs, Clause yours) {
        return new Clause(key,
                texts(language -> Cell.heading(key, language), base.heading(), theirs.heading(), yours.heading()),
                texts(language -> Cell.text(key, language), base.text(), theirs.text(), yours.text()));
    }

    /** The merged articles' order: one side's order, with the articles only the other side has after their neighbour. */
    private List<String> order(List<String> base, List<String> theirs, List<String> yours, Set<String> kept) {
        List<String> common = base.stream().filter(theirs::contains).filter(yours::contains).toList();
        List<String> theirOrder = theirs.stream().filter(common::contains).toList();
        List<String> yourOrder = yours.stream().filter(common::contains).toList();
        boolean theyMoved = !theirOrder.equals(common);
        boolean youMoved = !yourOrder.equals(common);
        if (theyMoved && youMoved && !theirOrder.equals(yourOrder)) {
            conflicts.add(Cell.ARTICLE_ORDER);
        } else if (theyMoved && !youMoved) {
            origins.put(Cell.ARTICLE_ORDER, Origin.THEIRS);
            return interleave(theirs, yours, kept);
        } else if (youMoved && !theyMoved) {
            origins.put(Cell.ARTICLE_ORDER, Origin.YOURS);
        }
        return interleave(yours, theirs, kept);
    }

    /** {@code leading} in its order, then each kept key only {@code other} has, after its nearest predecessor there. */
    private static List<String> interleave(List<String> leading, List<String> other, Set<String> kept) {
        List<String> merged = new ArrayList<>(leading.stream().filter(kept::contains).toList());
        for (int i = 0; i < other.size(); i++) {
            String key = other.get(i);
            if (!kept.contains(key) || merged.contains(key)) {
                continue;
            }
            int at = 0;
            for (int before = i - 1; before >= 0; before--) {
                int found = merged.indexOf(other.get(before));
                if (found >= 0) {
                    at = found + 1;
                    break;
                }
            }
            merged.add(at, key);
        }
        return merged;
    }

    private LocalizedText texts(Function<Language, String> cell, LocalizedText base, LocalizedText theirs, LocalizedText yours) {
        Map<Language, String> merged = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            merged.put(language, cell(cell.apply(language), base.in(language).orElse(null),
                    theirs.in(language).orElse(null), yours.in(language).orElse(null)));
        }
        return LocalizedText.of(merged);
    }

    private SortedMap<String, String> cells(Map<String, String> base, Map<String, String> theirs, Map<String, String> yours) {
        SortedMap<String, String> merged = new TreeMap<>();
        Set<String> names = new LinkedHashSet<>(base.keySet());
        names.addAll(theirs.keySet());
        names.addAll(yours.keySet());
        names.forEach(name -> merged.put(name, cell(name, base.get(name), theirs.get(name), yours.get(name))));
        return merged;
    }

    /** One cell: the side that changed it, the value both agree on, or — a conflict — the late editor's value. */
    private String cell(String name, String base, String theirs, String yours) {
        if (Objects.equals(theirs, yours)) {
            return yours;
        }
        if (Objects.equals(base, yours)) {
            origins.put(name, Origin.THEIRS);
            return theirs;
        }
        if (Objects.equals(base, theirs)) {
            origins.put(name, Origin.YOURS);
            return yours;
        }
        conflicts.add(name);
        return yours;
    }

    private static Map<String, Clause> byKey(List<Clause> clauses) {
        Map<String, Clause> byKey = new LinkedHashMap<>();
        clauses.forEach(clause -> byKey.put(clause.key(), clause));
        return byKey;
    }

    private static List<String> keys(List<Clause> clauses) {
        return clauses.stream().map(Clause::key).toList();
    }

    private static Map<String, Function<Wording, LocalizedText>> passages() {
        Map<String, Function<Wording, LocalizedText>> passages = new LinkedHashMap<>();
        passages.put("kindName", Wording::kindName);
        passages.put("placeAndDate", Wording::placeAndDate);
        passages.put("preamble", Wording::preamble);
        passages.put("equallyAuthentic", Wording::equallyAuthentic);
        return passages;
    }
}
