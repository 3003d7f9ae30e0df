package org.pactum.web.routing.setup;

import java.io.Serializable;

/**
 * Something to pick in a list: what is stored and what a person reads.
 *
 * @param value an account or a group code
 * @param label a person's name or a group's name in the page's language
 * @param lang  the language of the label, for a group named in another one; null for a person's name
 */
public record Choice(String value, String label, String lang) implements Serializable {
}
