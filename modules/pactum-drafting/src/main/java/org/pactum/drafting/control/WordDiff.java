package org.pactum.drafting.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;

import org.pactum.drafting.entity.Segment;
import org.pactum.drafting.entity.SegmentKind;

/**
 * Lines two texts up word by word, so a redline marks whole words the way a lawyer does, never parts of a word.
 */
final class WordDiff {

    /*
     * A word is a run of letters of any script (Kazakh ә ғ қ ң ө ұ ү һ і included), combining marks and digits. Each
     * run of spaces is one token, so line and paragraph breaks come through as written; any other character, such as
     * punctuation or a brace, stands alone so "сферах:" and "сферах." share their word.
     */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+|[\\s\\p{Z}]+|.", Pattern.DOTALL);
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?;…]");
    /** Words, spaces and marks of both sides together, beyond which a differing stretch is not compared word by word. */
    static final int MAX_TOKENS_COMPARED = 4_000;
    private static final Pattern SPACE_WITHIN_LINE = Pattern.compile("[\\s\\p{Z}&&[^\\n\\r]]+");

    private WordDiff() {
    }

    /** @param before null counts as empty, and so does {@code after} */
    static List<Segment> between(String before, String after) {
        String old = before == null ? "" : before;
        String current = after == null ? "" : after;
        if (old.equals(current)) {
            return old.isEmpty() ? List.of() : List.of(new Segment(SegmentKind.EQUAL, old));
        }
        List<Segment> raw = new ArrayList<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(sentences(old), sentences(current), true).getDeltas()) {
            String source = String.join("", delta.getSource().getLines());
            String target = String.join("", delta.getTarget().getLines());
            if (delta.getType() == DeltaType.EQUAL) {
                raw.add(new Segment(SegmentKind.EQUAL, source));
            } else {
                words(source, target, raw);
            }
        }
        return redline(raw);
    }

    /*
     * Sentences first, then words only within the sentences that differ: an edit costs in proportion to what it
     * touched, not to the article. A differing stretch too long to compare word by word in good time (an article
     * rewritten from end to end) is shown struck through and replaced as a whole, which is how it reads anyway.
     */
    private static void words(String source, String target, List<Segment> raw) {
        List<String> old = tokens(source);
        List<String> current = tokens(target);
        if (old.size() + current.size() > MAX_TOKENS_COMPARED) {
            raw.add(new Segment(SegmentKind.DELETED, source));
            raw.add(new Segment(SegmentKind.INSERTED, target));
            return;
        }
        for (AbstractDelta<String> delta : DiffUtils.diff(old, current, true).getDeltas()) {
            if (delta.getType() == DeltaType.EQUAL) {
                raw.add(new Segment(SegmentKind.EQUAL, String.join("", delta.getSource().getLines())));
            } else {
                raw.add(new Segment(SegmentKind.DELETED, String.join("", delta.getSource().getLines())));
                raw.add(new Segment(SegmentKind.INSERTED, String.join("", delta.getTarget().getLines())));
            }
        }
    }

    /** A text cut after each sentence's closing mark and its spaces, and after each line break; joined, the text. */
    static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        StringBuilder sentence = new StringBuilder();
        boolean closed = false;
        for (String token : tokens(text)) {
            boolean space = token.isBlank();
            if (closed && !space) {
                sentences.add(sentence.toString());
                sentence.setLength(0);
                closed = false;
            }
            sentence.append(token);
            closed |= SENTENCE_END.matcher(token).matches() || (space && token.indexOf('\n') >= 0);
        }
        if (!sentence.isEmpty()) {
            sentences.add(sentence.toString());
        }
        return sentences;
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    /*
     * Each run of changes becomes the old words struck through, then the new ones: "в сфере культуры" replaced by
     * "в области науки" reads as one deletion and one insertion, not as word, space, word. A space between two
     * changes joins them; a line break does not, so paragraphs stay apart.
     */
    private static List<Segment> redline(List<Segment> raw) {
        List<Segment> merged = new ArrayList<>();
        int i = 0;
        while (i < raw.size()) {
            if (raw.get(i).kind() == SegmentKind.EQUAL && !joinsChanges(raw, i)) {
                add(merged, raw.get(i++));
                continue;
            }
            StringBuilder deleted = new StringBuilder();
            StringBuilder inserted = new StringBuilder();
            for (; i < raw.size() && (raw.get(i).kind() != SegmentKind.EQUAL || joinsChanges(raw, i)); i++) {
                Segment segment = raw.get(i);
                if (segment.kind() != SegmentKind.INSERTED) {
                    deleted.append(segment.text());
                }
                if (segment.kind() != SegmentKind.DELETED) {
                    inserted.append(segment.text());
                }
            }
            change(merged, tokens(deleted.toString()), tokens(inserted.toString()));
        }
        return merged;
    }

    /*
     * Joining spaces can leave the same space at both ends of the old and new words ("өзге де " for "жаңа "); it is
     * given back to the unchanged text around them, so only the words themselves are marked.
     */
    private static void change(List<Segment> segments, List<String> deleted, List<String> inserted) {
        int prefix = 0;
        while (prefix < deleted.size() && prefix < inserted.size() && deleted.get(prefix).equals(inserted.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < deleted.size() - prefix && suffix < inserted.size() - prefix
                && deleted.get(deleted.size() - 1 - suffix).equals(inserted.get(inserted.size() - 1 - suffix))) {
            suffix++;
        }
        add(segments, new Segment(SegmentKind.EQUAL, String.join("", deleted.subList(0, prefix))));
        add(segments, new Segment(SegmentKind.DELETED, String.join("", deleted.subList(prefix, deleted.size() - suffix))));
        add(segments, new Segment(SegmentKind.INSERTED, String.join("", inserted.subList(prefix, inserted.size() - suffix))));
        add(segments, new Segment(SegmentKind.EQUAL, String.join("", deleted.subList(deleted.size() - suffix, deleted.size()))));
    }

    private static boolean joinsChanges(List<Segment> raw, int i) {
        return i > 0 && i < raw.size() - 1
                && raw.get(i - 1).kind() != SegmentKind.EQUAL && raw.get(i + 1).kind() != SegmentKind.EQUAL
                && SPACE_WITHIN_LINE.matcher(raw.get(i).text()).matches();
    }

    private static void add(List<Segment> segments, Segment segment) {
        if (segment.text().isEmpty()) {
            return;
        }
        int last = segments.size() - 1;
        if (last >= 0 && segments.get(last).kind() == segment.kind()) {
            segments.set(last, new Segment(segment.kind(), segments.get(last).text() + segment.text()));
        } else {
            segments.add(segment);
        }
    }
}
