package org.pactum.web.discussion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;

import org.pactum.domain.comment.Comment;
import org.pactum.domain.language.Language;
import org.pactum.domain.text.Clause;
import org.pactum.domain.text.Wording;
import org.pactum.web.faces.DateDisplay;
import org.pactum.web.faces.Shown;

/**
 * Arranges an agreement's comments as people read a negotiation: by article in the order the agreement now has them,
 * each article's threads oldest first, each thread's answers under it. Threads on articles deleted since come last,
 * so nothing said is lost from view.
 */
final class DiscussionOutline {

    private DiscussionOutline() {
    }

    /**
     * @param comments  every comment on the agreement, oldest first
     * @param current   the agreement's wording now, in revision {@code revision}
     * @param wordingOf an earlier revision's wording by number, to name an article deleted since
     * @param people    turns a username into the name people know the user by
     */
    static List<DiscussionArticle> of(List<Comment> comments, Wording current, int revision, IntFunction<Wording> wordingOf,
                                      Language reader, DateDisplay dates, UnaryOperator<String> people) {
        Map<Long, List<Comment>> replies = new LinkedHashMap<>();
        List<Comment> starts = new ArrayList<>();
        for (Comment comment : comments) {
            if (comment.startsThread()) {
                starts.add(comment);
            } else {
                replies.computeIfAbsent(comment.threadId(), thread -> new ArrayList<>()).add(comment);
            }
        }
        Map<String, List<Comment>> byArticle = new LinkedHashMap<>();
        starts.forEach(start -> byArticle.computeIfAbsent(start.clauseKey(), key -> new ArrayList<>()).add(start));

        List<DiscussionArticle> articles = new ArrayList<>();
        byArticle.forEach((key, threads) -> {
            List<ThreadLine> lines = threads.stream()
                    .map(start -> thread(start, replies.getOrDefault(start.id(), List.of()), revision, dates, people))
                    .toList();
            int now = position(current, key);
            if (now > 0) {
                articles.add(new DiscussionArticle(key, now, heading(current, key, reader), false, revision, lines));
            } else {
                int then = threads.getFirst().revision();
                Wording earlier = wordingOf.apply(then);
                articles.add(new DiscussionArticle(key, position(earlier, key), heading(earlier, key, reader), true, then, lines));
            }
        });
        articles.sort(Comparator.comparing(DiscussionArticle::removed).thenComparingInt(DiscussionArticle::number));
        return articles;
    }

    /** The articles of the current wording, for choosing the one a new thread is about. */
    static List<ArticleOption> options(Wording current, Language reader) {
        List<Clause> clauses = current.clauses();
        List<ArticleOption> options = new ArrayList<>();
        for (int i = 0; i < clauses.size(); i++) {
            options.add(new ArticleOption(clauses.get(i).key(), i + 1, Shown.of(clauses.get(i).heading(), reader)));
        }
        return options;
    }

    private static ThreadLine thread(Comment start, List<Comment> answers, int revision, DateDisplay dates,
                                     UnaryOperator<String> people) {
        return new ThreadLine(start.id(), start.version(), start.revision(), start.revision() < revision,
                people.apply(start.author()), dates.dateTime(start.createdAt()), start.text(), start.resolved(),
                start.resolvedBy().map(people).orElse(""), start.resolvedAt().map(dates::dateTime).orElse(""),
                answers.stream().map(answer -> new ReplyLine(answer.id(), people.apply(answer.author()),
                        dates.dateTime(answer.createdAt()), answer.text(), answer.revision())).toList());
    }

    /** The article's number (1-based) in the wording; 0 when the wording has no such article. */
    private static int position(Wording wording, String key) {
        List<Clause> clauses = wording.clauses();
        for (int i = 0; i < clauses.size(); i++) {
            if (clauses.get(i).key().equals(key)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static Shown heading(Wording wording, String key, Language reader) {
        Optional<Clause> clause = wording.text().find(key);
        return clause.map(found -> Shown.of(found.heading(), reader)).orElse(new Shown("", reader.code()));
    }
}
