package org.pactum.web.registry;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.pactum.domain.agreement.Agreement;
import org.pactum.domain.agreement.AgreementStatus;
import org.pactum.domain.agreement.AgreementSummary;
import org.pactum.domain.agreement.Registration;
import org.pactum.domain.language.Language;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.party.Party;
import org.pactum.web.faces.DateDisplay;
import org.pactum.web.faces.Shown;

/**
 * One line of the registry table, in the reader's language.
 *
 * @param registrationNumber given on approval; empty before
 */
public record AgreementRow(long id, String number, String registrationNumber, Shown title, List<RowParty> parties, AgreementStatus status,
                           String updatedAt) {

    public static AgreementRow of(AgreementSummary agreement, Language language, DateDisplay dates) {
        return of(agreement.id(), agreement.number(), agreement.findRegistration(), agreement.title(),
                agreement.parties(), agreement.status(), agreement.updatedAt(), language, dates);
    }

    public static AgreementRow of(Agreement agreement, Language language, DateDisplay dates) {
        return of(agreement.id(), agreement.number(), agreement.registration(), agreement.title(), agreement.parties(),
                agreement.status(), agreement.updatedAt(), language, dates);
    }

    private static AgreementRow of(long id, String number, Optional<Registration> registration, LocalizedText title,
                                   List<Party> parties, AgreementStatus status, Instant updatedAt, Language language,
                                   DateDisplay dates) {
        return new AgreementRow(id, number, registration.map(Registration::number).orElse(""), Shown.of(title, language),
                parties.stream().map(party -> RowParty.of(party, language)).toList(), status,
                dates.dateTime(updatedAt));
    }
}
