package org.pactum.drafting.entity;

import org.pactum.domain.language.Language;

/**
 * The names of the cells a merge compares one by one: each field of an agreement ({@code kind}, {@code languages},
 * {@code title.ru}, {@code parties}, {@code areas}, {@code term.years}, …), each language of each text around
 * the articles, each language of each article's heading and text, an article as a whole (added or removed), and the
 * order of the articles. The API shows these names; the editor finds its highlights by them.
 */
public final class Cell {

    /** The order of the articles. */
    public static final String ARTICLE_ORDER = "articles";

    private Cell() {
    }

    public static String title(Language language) {
        return "title." + language.code();
    }

    /** A text around the articles: {@code kindName}, {@code placeAndDate}, {@code preamble}, {@code equallyAuthentic}. */
    public static String passage(String passage, Language language) {
        return passage + "." + language.code();
    }

    /** An article as a whole: whether it is there at all. */
    public static String article(String key) {
        return "article." + key;
    }

    public static String heading(String key, Language language) {
        return article(key) + ".heading." + language.code();
    }

    public static String text(String key, Language language) {
        return article(key) + ".text." + language.code();
    }

    /** Whether the cell belongs to the article (the article itself, or its heading or text in some language). */
    public static boolean isOfArticle(String cell, String key) {
        String article = article(key);
        return cell.equals(article) || cell.startsWith(article + ".");
    }
}
