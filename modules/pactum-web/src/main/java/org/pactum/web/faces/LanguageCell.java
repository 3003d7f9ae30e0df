package org.pactum.web.faces;

import java.io.Serializable;

/**
 * What one language column holds in one row of a side-by-side text.
 *
 * @param lang    ISO 639-1 code, for the column's {@code lang} attribute
 * @param heading the article's heading in that language; empty for a row without one
 * @param text    the text, paragraphs separated by blank lines as written
 */
public record LanguageCell(String lang, String heading, String text) implements Serializable {
}
