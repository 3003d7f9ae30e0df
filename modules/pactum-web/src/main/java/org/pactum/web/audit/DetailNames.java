package org.pactum.web.audit;

import java.util.Optional;

import org.pactum.domain.language.LocalizedText;

/**
 * The names of what audit details point at by an id or a code (a party by its id, a region, route or group of
 * approvers by its code), so the audit page can say "Акимат Омской области" where the event stored {@code 4}.
 */
@FunctionalInterface
public interface DetailNames {

    String PARTY = "party";
    String REGION = "region";
    String ROUTE = "route";
    String GROUP = "group";

    /** Names nothing: every detail is said with the id or code it holds. */
    DetailNames NONE = (thing, code) -> Optional.empty();

    /**
     * @param thing one of {@link #PARTY}, {@link #REGION}, {@link #ROUTE}, {@link #GROUP}
     * @return the thing's name in every language it has one; empty when no such thing exists (any more)
     */
    Optional<LocalizedText> find(String thing, String code);
}
