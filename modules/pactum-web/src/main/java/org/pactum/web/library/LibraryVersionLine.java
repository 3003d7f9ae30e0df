package org.pactum.web.library;

import java.io.Serializable;

/**
 * One version in the clause library's list of versions.
 *
 * @param savedBy  the display name of who saved it
 * @param savedAt  when, as the pages write times
 * @param articles how many articles it has
 */
public record LibraryVersionLine(int version, String savedBy, String savedAt, int articles) implements Serializable {
}
