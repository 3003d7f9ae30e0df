package org.pactum.web.admin;

import java.io.Serializable;

/**
 * A party to tick: its id and its organisation's name in the page's language (or the one it has).
 *
 * @param lang the language of the name shown
 */
public record PartyChoice(String id, String name, String lang) implements Serializable {
}
