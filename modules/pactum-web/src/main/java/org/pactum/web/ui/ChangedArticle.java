package org.pactum.web.ui;

import java.io.Serializable;
import java.util.List;

/**
 * An article someone else changed while the user was editing, as the conflict message lists it.
 *
 * @param number    its number now; for a removed article, its number in the revision the user started from
 * @param heading   its heading in the reader's language where it has one
 * @param change    what happened to it
 * @param languages the codes of the languages whose heading or text changed; empty unless reworded
 */
public record ChangedArticle(int number, Shown heading, Change change, List<String> languages) implements Serializable {

    public enum Change {
        ADDED, REMOVED, REWORDED, MOVED
    }

    public ChangedArticle {
        languages = List.copyOf(languages);
    }
}
