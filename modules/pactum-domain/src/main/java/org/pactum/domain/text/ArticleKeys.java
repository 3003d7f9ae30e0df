package org.pactum.domain.text;

import java.io.Serializable;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The keys an agreement's (or a template's) articles have carried in any revision, and the one rule for the key of a
 * new article: {@code c-N}, with N above every number such a key has ever had. A new article therefore never takes
 * the key of one removed earlier, to which comments and comparisons still point.
 */
public final class ArticleKeys implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Pattern NUMBERED = Pattern.compile("c-(\\d{1,9})");

    private final Set<String> taken = new HashSet<>();
    private int highest;

    private ArticleKeys() {
    }

    /** @param everUsed the keys of the articles now and in every earlier revision or version */
    public static ArticleKeys takenBy(Collection<String> everUsed) {
        ArticleKeys keys = new ArticleKeys();
        everUsed.forEach(keys::take);
        return keys;
    }

    /** No key taken yet: a wording written from scratch. */
    public static ArticleKeys none() {
        return new ArticleKeys();
    }

    /** The keys of the wording's articles, added to those taken. */
    public ArticleKeys takeAll(Wording wording) {
        wording.clauses().forEach(clause -> take(clause.key()));
        return this;
    }

    /** Marks a key as taken, e.g. a key given by hand or copied from the clause library. */
    public void take(String key) {
        if (key == null) {
            return;
        }
        taken.add(key);
        Matcher matcher = NUMBERED.matcher(key);
        if (matcher.matches()) {
            highest = Math.max(highest, Integer.parseInt(matcher.group(1)));
        }
    }

    /** A key for a new article, taken from now on. */
    public String next() {
        String key;
        do {
            key = "c-" + (++highest);
        } while (taken.contains(key));
        taken.add(key);
        return key;
    }

    public boolean isTaken(String key) {
        return taken.contains(key);
    }

    /** Every key taken so far, including those of removed articles. */
    public Set<String> taken() {
        return Set.copyOf(taken);
    }
}
