package org.pactum.web.drafting;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.pactum.domain.language.Language;
import org.pactum.drafting.entity.ClauseChange;
import org.pactum.drafting.entity.ClauseChangeKind;
import org.pactum.drafting.entity.TextChange;
import org.pactum.web.faces.Shown;

/**
 * An article someone else changed while the user was editing, as the conflict message lists it.
 *
 * @param number    its number now; for a removed article, its number in the revision the user started from
 * @param heading   its heading in the reader's language where it has one
 * @param change    what happened to it
 * @param languages the codes of the languages whose heading or text changed; empty unless it was reworded
 */
public record ChangedArticle(int number, Shown heading, ClauseChangeKind change, List<String> languages)
        implements Serializable {

    public ChangedArticle {
        languages = List.copyOf(languages);
    }

    static ChangedArticle of(ClauseChange clause, Language reader) {
        int number = clause.articleAfter() != null ? clause.articleAfter() : Objects.requireNonNullElse(clause.articleBefore(), 0);
        boolean reworded = clause.kind() == ClauseChangeKind.REWORDED || clause.kind() == ClauseChangeKind.MOVED_AND_REWORDED;
        List<String> languages = !reworded ? List.of() : Stream.concat(clause.headings().stream(), clause.texts().stream())
                .filter(TextChange::isChanged)
                .map(TextChange::language)
                .collect(Collectors.toCollection(TreeSet::new))
                .stream().map(Language::code).toList();
        return new ChangedArticle(number, heading(clause.headings(), reader), clause.kind(), languages);
    }

    /** The heading as it reads now (as it read, for a removed article), in the reader's language if it has one. */
    private static Shown heading(List<TextChange> headings, Language reader) {
        Optional<TextChange> wanted = headings.stream().filter(heading -> heading.language() == reader && shown(heading) != null).findFirst();
        return wanted.or(() -> headings.stream().filter(heading -> shown(heading) != null).findFirst())
                .map(heading -> new Shown(shown(heading), heading.language().code()))
                .orElse(new Shown("", reader.code()));
    }

    private static String shown(TextChange heading) {
        return heading.after() != null ? heading.after() : heading.before();
    }
}
