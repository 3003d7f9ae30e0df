package org.pactum.web.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.pactum.domain.language.Language;

/**
 * A field path as the domain names an invalid input — {@code title.kk}, {@code parties[1]},
 * {@code wording.clauses[3].text.kk}, {@code clauses[0].en} — read once, so that no form parses paths itself: its
 * {@link #shape()} ({@code wording.clauses[].text}) says which place of a form it is about, its indexes which row, its
 * trailing language code which language.
 *
 * @param field    the path as the domain wrote it
 * @param shape    the path with every index left out ({@code clauses[]}) and without its language
 * @param indexes  the indexes, left to right
 * @param language the language code at its end, if any
 */
public record FieldPath(String field, String shape, List<Integer> indexes, Optional<String> language) {

    private static final Pattern SEGMENT = Pattern.compile("([^\\[\\]]*)((?:\\[\\d+])*)");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    public FieldPath {
        indexes = List.copyOf(indexes);
    }

    public static FieldPath parse(String field) {
        List<String> segments = new ArrayList<>(List.of(field.split("\\.", -1)));
        Optional<String> language = Optional.empty();
        String last = segments.getLast();
        if (segments.size() > 1 && Language.fromCode(last).isPresent()) {
            language = Optional.of(last);
            segments.removeLast();
        }
        List<Integer> indexes = new ArrayList<>();
        List<String> shape = new ArrayList<>();
        for (String segment : segments) {
            Matcher whole = SEGMENT.matcher(segment);
            if (!whole.matches()) {
                shape.add(segment);
                continue;
            }
            Matcher index = INDEX.matcher(whole.group(2));
            StringBuilder shaped = new StringBuilder(whole.group(1));
            while (index.find()) {
                indexes.add(number(index.group(1)));
                shaped.append("[]");
            }
            shape.add(shaped.toString());
        }
        return new FieldPath(field, String.join(".", shape), indexes, language);
    }

    /** The first index: the row of {@code parties[1]}, the article of {@code wording.clauses[3].text.kk}. */
    public int index() {
        return getIndex(0);
    }

    /** The index at the position, counted from 0 left to right. */
    public int getIndex(int position) {
        if (position >= indexes.size()) {
            throw new IllegalStateException(field + " has no index " + position);
        }
        return indexes.get(position);
    }

    /** The last name of the shape: {@code text} of {@code wording.clauses[].text}, {@code kindName} of {@code wording.kindName}. */
    public String name() {
        String last = shape.substring(shape.lastIndexOf('.') + 1);
        return last.replace("[]", "");
    }

    /** So large an index names no row a form shows. */
    private static int number(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }
}
