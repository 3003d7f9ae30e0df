package org.pactum.web.registry;

import java.util.List;

import org.pactum.domain.agreement.Agreement;
import org.pactum.domain.agreement.AgreementStatus;
import org.pactum.domain.agreement.Registration;
import org.pactum.domain.language.Language;
import org.pactum.web.faces.DateDisplay;
import org.pactum.web.faces.Shown;

/**
 * One line of the registry table, in the reader's language.
 *
 * @param registrationNumber given on approval; empty before
 */
public record AgreementRow(long id, String number, String registrationNumber, Shown title, List<Shown> parties, AgreementStatus status,
                           String updatedAt) {

    public static AgreementRow of(Agreement agreement, Language language, DateDisplay dates) {
        return new AgreementRow(agreement.id(), agreement.number(),
                agreement.registration().map(Registration::number).orElse(""), Shown.of(agreement.title(), language),
                agreement.parties().stream().map(party -> Shown.of(party.organization(), language)).toList(),
                agreement.status(), dates.dateTime(agreement.updatedAt()));
    }
}
