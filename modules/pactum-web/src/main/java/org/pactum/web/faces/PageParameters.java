package org.pactum.web.faces;

/**
 * The page and size parameters of a list page's address. A value that is not a usable number comes from an edited or
 * outdated link; the first page at the usual size is the most useful answer to it, not an error.
 */
public final class PageParameters {

    private PageParameters() {
    }

    /** The 0-based page index; anything unusable is the first page. */
    public static int index(String page) {
        return Math.max(0, number(page, 0));
    }

    /**
     * The 0-based page index for pages of {@code size} items; anything unusable, including a page whose first item
     * lies beyond what a query can skip to (an int), is the first page.
     */
    public static int index(String page, int size) {
        int index = index(page);
        return (long) index * size > Integer.MAX_VALUE ? 0 : index;
    }

    /** The page size if it lies within 1 and {@code max}, otherwise {@code usual}. */
    public static int size(String size, int usual, int max) {
        int wanted = number(size, usual);
        return wanted < 1 || wanted > max ? usual : wanted;
    }

    private static int number(String text, int otherwise) {
        return AddressParameters.number(text).orElse(otherwise);
    }
}
