package org.pactum.web.drafting;

import java.io.Serializable;

/**
 * One article offered in a drop-down list, by its key.
 *
 * @param label what the list shows, in the reader's language
 */
public record ArticleChoice(String key, String label) implements Serializable {
}
