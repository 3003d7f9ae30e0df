package org.pactum.web.drafting;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.pactum.domain.language.Language;
import org.pactum.drafting.entity.Cell;
import org.pactum.drafting.entity.MergedEdit;
import org.pactum.drafting.entity.Origin;

/**
 * What the editor shows of a late save merged with what was saved meanwhile: whether it merged cleanly, whether the
 * other save was the same person's in another tab, and for each cell of the wording whose edit it holds, so the page
 * can mark it. Nothing of the merge is saved until the user saves it.
 *
 * @param origins   by {@link Cell} name, the cells that hold one side's change
 * @param conflicts the cells both sides changed differently; they hold the user's text
 */
public record MergeNotice(boolean clean, boolean anotherTab, Map<String, Origin> origins, List<String> conflicts)
        implements Serializable {

    /** The mark of a cell that holds the other person's change. */
    public static final String THEIRS = "theirs";
    /** The mark of a cell that holds the user's change. */
    public static final String YOURS = "yours";
    /** The mark of a cell both changed differently. */
    public static final String BOTH = "both";

    public MergeNotice {
        origins = new HashMap<>(origins);
        conflicts = List.copyOf(conflicts);
    }

    static MergeNotice of(MergedEdit merged, String editor) {
        return new MergeNotice(merged.isClean(), merged.isFromAnotherTabOf(editor), merged.origins(), merged.conflicts());
    }

    /** Whether a field of the agreement (not its wording) holds the other person's change. */
    boolean takesTheirFields() {
        return origins.entrySet().stream().anyMatch(entry -> entry.getValue() == Origin.THEIRS
                && !entry.getKey().startsWith("article") && !isPassage(entry.getKey()));
    }

    /**
     * The mark of one language of an article: {@link #BOTH}, {@link #THEIRS}, {@link #YOURS}, or empty when neither
     * side changed it. An article one side added is marked in every language.
     */
    public String articleMark(String key, String language) {
        String article = Cell.article(key);
        if (conflicts.contains(article) || conflicts.contains(heading(key, language)) || conflicts.contains(text(key, language))) {
            return BOTH;
        }
        return mark(origins.get(article), origins.get(heading(key, language)), origins.get(text(key, language)));
    }

    /** The mark of one language of a text around the articles ({@code preamble}, …). */
    public String passageMark(String passage, String language) {
        return Language.fromCode(language).map(found -> {
            String cell = Cell.passage(passage, found);
            return conflicts.contains(cell) ? BOTH : mark(origins.get(cell));
        }).orElse("");
    }

    private static String mark(Origin... origins) {
        for (Origin origin : origins) {
            if (origin == Origin.THEIRS) {
                return THEIRS;
            }
        }
        for (Origin origin : origins) {
            if (origin == Origin.YOURS) {
                return YOURS;
            }
        }
        return "";
    }

    private static String heading(String key, String language) {
        return Language.fromCode(language).map(found -> Cell.heading(key, found)).orElse("");
    }

    private static String text(String key, String language) {
        return Language.fromCode(language).map(found -> Cell.text(key, found)).orElse("");
    }

    private static boolean isPassage(String cell) {
        return cell.startsWith("kindName.") || cell.startsWith("placeAndDate.") || cell.startsWith("preamble.")
                || cell.startsWith("equallyAuthentic.");
    }
}
