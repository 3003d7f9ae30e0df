package org.pactum.routing.entity;

import java.util.Optional;

import org.pactum.domain.language.Language;

/**
 * Where one person's notification mail goes and the language it is written in.
 *
 * @param language null when the person chose none: the installation's ({@code pactum.mail.language})
 */
public record MailRecipient(String address, Language language) {

    public Optional<Language> findLanguage() {
        return Optional.ofNullable(language);
    }
}
