package org.pactum.routing.entity;

import org.pactum.domain.language.Language;

/**
 * What a person says about themselves on their profile: the address notifications are mailed to and the language
 * they are written in.
 *
 * @param email    null for none
 * @param language null for the installation's
 */
public record AccountProfile(String username, String displayName, String email, Language language) {
}
