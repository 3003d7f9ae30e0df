package org.pactum.web.json;

import java.util.ArrayList;
import java.util.List;

import org.pactum.drafting.entity.Changes;
import org.pactum.drafting.entity.ClauseChange;
import org.pactum.drafting.entity.ComparedRevision;
import org.pactum.drafting.entity.PassageChange;
import org.pactum.drafting.entity.Segment;
import org.pactum.drafting.entity.TextChange;

/**
 * What changed from revision {@code from} to revision {@code to}: fields, the passages around the articles, and the
 * articles that changed, each with only the languages that changed and a word-level diff of them.
 *
 * @param unchangedClauses how many articles are in both revisions, in place and worded the same (not listed)
 */
public record ChangesJson(int from, int to, RevisionJson fromRevision, RevisionJson toRevision, List<FieldJson> fields,
                          List<PassageJson> passages, List<ClauseJson> clauses, int unchangedClauses, boolean empty) {

    /** @param before absent when the field was added; {@code after} absent when it was removed */
    public record FieldJson(String name, String before, String after) {
    }

    /** @param passage KIND_NAME, PLACE_AND_DATE, PREAMBLE or EQUALLY_AUTHENTIC */
    public record PassageJson(String passage, List<LanguageJson> languages) {
    }

    /**
     * @param change        ADDED, REMOVED, MOVED, REWORDED or MOVED_AND_REWORDED
     * @param articleBefore its number in {@code from}; absent when added
     * @param articleAfter  its number in {@code to}; absent when removed
     */
    public record ClauseJson(String key, String change, Integer articleBefore, Integer articleAfter,
                             List<LanguageJson> languages) {
    }

    /**
     * One language of a changed text. Joining the segments except INSERTED gives the text before, except DELETED the
     * text after.
     */
    public record LanguageJson(String language, String headingBefore, String headingAfter, List<SegmentJson> heading,
                               String textBefore, String textAfter, List<SegmentJson> text) {
    }

    /** @param type EQUAL, INSERTED or DELETED */
    public record SegmentJson(String type, String text) {
    }

    /** The revision compared, without its content. */
    static RevisionJson revision(ComparedRevision revision) {
        return new RevisionJson(revision.number(), revision.contentHash(), true, revision.author(), revision.savedAt(),
                0, null, null);
    }

    public static ChangesJson of(Changes changes) {
        return new ChangesJson(changes.from().number(), changes.to().number(), revision(changes.from()),
                revision(changes.to()),
                changes.fields().stream().map(field -> new FieldJson(field.name(), field.before(), field.after())).toList(),
                changes.passages().stream().map(ChangesJson::passage).toList(),
                changes.clauses().stream().map(ChangesJson::clause).toList(),
                changes.unchangedClauses(), changes.isEmpty());
    }

    private static PassageJson passage(PassageChange change) {
        return new PassageJson(change.passage().name(), change.texts().stream().filter(TextChange::isChanged)
                .map(text -> new LanguageJson(text.language().code(), null, null, null, text.before(), text.after(),
                        segments(text)))
                .toList());
    }

    /** Headings and texts list the same languages in the same order, so they are read in pairs. */
    private static ClauseJson clause(ClauseChange change) {
        List<LanguageJson> languages = new ArrayList<>();
        for (int i = 0; i < change.texts().size(); i++) {
            TextChange heading = change.headings().get(i);
            TextChange text = change.texts().get(i);
            if (heading.isChanged() || text.isChanged()) {
                languages.add(new LanguageJson(text.language().code(), heading.before(), heading.after(), segments(heading),
                        text.before(), text.after(), segments(text)));
            }
        }
        return new ClauseJson(change.key(), change.kind().name(), change.articleBefore(), change.articleAfter(), languages);
    }

    private static List<SegmentJson> segments(TextChange change) {
        return change.segments().stream().map(ChangesJson::segment).toList();
    }

    private static SegmentJson segment(Segment segment) {
        return new SegmentJson(segment.kind().name(), segment.text());
    }
}
