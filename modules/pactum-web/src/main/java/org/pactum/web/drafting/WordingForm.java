package org.pactum.web.drafting;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.text.AgreementText;
import org.pactum.domain.text.ArticleKeys;
import org.pactum.domain.text.Wording;
import org.pactum.web.forms.Place;

/**
 * An agreement's wording as the editor holds it between requests: the texts around the articles per language, and one
 * {@link ClauseRow} per article in order. Articles are moved, removed and inserted by key, never by position, so a
 * button pressed on a page showing an older order still acts on the article it was next to.
 */
public class WordingForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * Where a problem in the wording is shown: as a page message naming the article (or part) and the language,
     * because the article may be far down the page.
     */
    static final Map<String, Place> PLACES = Map.of(
            "wording.clauses", Place.page("draft.error.clauses", String.valueOf(Wording.MAX_CLAUSES)),
            "wording.clauses[].heading", Place.inText((path, words) -> Place.inLanguage(words.text("draft.part.heading", path.index() + 1), path, words)),
            "wording.clauses[].text", Place.inText((path, words) -> Place.inLanguage(words.text("draft.part.article", path.index() + 1), path, words)),
            "wording.kindName", inText("kindName"),
            "wording.placeAndDate", inText("placeAndDate"),
            "wording.preamble", inText("preamble"),
            "wording.equallyAuthentic", inText("equallyAuthentic"));

    private final Map<String, String> kindName = new HashMap<>();
    private final Map<String, String> placeAndDate = new HashMap<>();
    private final Map<String, String> preamble = new HashMap<>();
    private final Map<String, String> equallyAuthentic = new HashMap<>();
    private final List<ClauseRow> rows = new ArrayList<>();
    /** Every key the agreement's articles ever had: comments on a removed article must not attach to a new one. */
    private ArticleKeys keys = ArticleKeys.none();

    /** @param earlierKeys the keys of the agreement's earlier revisions, which a new article must not take */
    public static WordingForm of(Wording wording, Collection<String> earlierKeys) {
        WordingForm form = new WordingForm();
        copy(wording.kindName(), form.kindName);
        copy(wording.placeAndDate(), form.placeAndDate);
        copy(wording.preamble(), form.preamble);
        copy(wording.equallyAuthentic(), form.equallyAuthentic);
        wording.clauses().forEach(clause -> form.rows.add(ClauseRow.of(clause)));
        form.keys = ArticleKeys.takenBy(earlierKeys).takeAll(wording);
        return form;
    }

    public Wording toWording() {
        return new Wording(ClauseRow.localized(kindName), ClauseRow.localized(placeAndDate), ClauseRow.localized(preamble),
                new AgreementText(rows.stream().map(ClauseRow::toClause).toList()), ClauseRow.localized(equallyAuthentic));
    }

    public void moveUp(String key) {
        int at = indexOf(key);
        if (at > 0) {
            rows.add(at - 1, rows.remove(at));
        }
    }

    public void moveDown(String key) {
        int at = indexOf(key);
        if (at >= 0 && at < rows.size() - 1) {
            rows.add(at + 1, rows.remove(at));
        }
    }

    public void remove(String key) {
        int at = indexOf(key);
        if (at >= 0) {
            rows.remove(at);
        }
    }

    /** Inserts an empty article after the one with the key (at the end if it is gone); returns the new key. */
    public String insertAfter(String key) {
        int at = indexOf(key);
        ClauseRow row = new ClauseRow(keys.next());
        rows.add(at < 0 ? rows.size() : at + 1, row);
        return row.getKey();
    }

    /**
     * Inserts a copy of a standard article after the one with the key (at the end if there is none), in the given
     * languages only: a draft holds only its own languages. The copy keeps the library's key, so comparisons and
     * comments recognise the standard article, unless an article on the page already has that key; then it gets a
     * fresh key like any new article. A key of a removed article may come back this way, because a library key
     * names the same standard article wherever it appears, unlike the editor's numbered keys.
     *
     * @return the inserted article's key
     */
    public String insertStandard(StandardArticle article, Collection<String> languages, String afterKey) {
        String key = indexOf(article.key()) >= 0 ? keys.next() : article.key();
        keys.take(key);
        ClauseRow row = new ClauseRow(key);
        for (String language : languages) {
            if (article.heading().containsKey(language)) {
                row.getHeading().put(language, article.heading().get(language));
            }
            if (article.text().containsKey(language)) {
                row.getText().put(language, article.text().get(language));
            }
        }
        int at = afterKey == null ? -1 : indexOf(afterKey);
        rows.add(at < 0 ? rows.size() : at + 1, row);
        return key;
    }

    /** Adds an empty article at the end; returns its key. */
    public String add() {
        ClauseRow row = new ClauseRow(keys.next());
        rows.add(row);
        return row.getKey();
    }

    /** Every key taken so far, including those of removed articles. */
    Set<String> usedKeys() {
        return keys.taken();
    }

    /** The article's number: its position, from 1; 0 if there is no such article. */
    public int numberOf(String key) {
        return indexOf(key) + 1;
    }

    private int indexOf(String key) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).getKey().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private static void copy(LocalizedText text, Map<String, String> into) {
        text.asMap().forEach((language, value) -> into.put(language.code(), value));
    }

    public Map<String, String> getKindName() {
        return kindName;
    }

    public Map<String, String> getPlaceAndDate() {
        return placeAndDate;
    }

    public Map<String, String> getPreamble() {
        return preamble;
    }

    public Map<String, String> getEquallyAuthentic() {
        return equallyAuthentic;
    }

    public List<ClauseRow> getRows() {
        return rows;
    }

    private static Place inText(String part) {
        return Place.inText((path, words) -> Place.inLanguage(words.text("draft.part." + part), path, words));
    }
}
