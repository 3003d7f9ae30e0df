package org.pactum.web.agreement;

import java.io.Serializable;
import java.util.List;
import java.util.function.UnaryOperator;

import org.pactum.domain.agreement.Agreement;
import org.pactum.domain.agreement.AgreementKind;
import org.pactum.domain.agreement.AgreementStatus;
import org.pactum.domain.agreement.CooperationArea;
import org.pactum.domain.agreement.Registration;
import org.pactum.domain.language.Language;
import org.pactum.web.faces.DateDisplay;
import org.pactum.web.faces.Shown;

/**
 * Everything the detail page shows of one agreement, prepared in the reader's language. It is kept with the page
 * between requests, so it holds only plain, serializable values — never the aggregate itself.
 *
 * @param number             the registry's reference number
 * @param registrationNumber given on approval; empty before
 * @param registrationDate   the day of registration as the page shows dates; empty before approval
 * @param startsOn           empty when the agreement takes effect on the day of the last signature
 * @param version            the version shown, sent back with an action so a change made meanwhile is noticed
 */
public record AgreementDetails(long id, String number, String registrationNumber, String registrationDate,
                               AgreementKind kind, AgreementStatus status, String statusReason, Shown title,
                               List<TitleLine> titles, List<PartyLine> parties, List<CooperationArea> areas,
                               int years, boolean autoRenewal, String startsOn, String createdBy, String createdAt,
                               String updatedBy, String updatedAt, long version) implements Serializable {

    /** @param people turns a username into the name people know the user by */
    public static AgreementDetails of(Agreement agreement, Language language, DateDisplay dates, UnaryOperator<String> people) {
        List<TitleLine> titles = agreement.languages().stream()
                .map(l -> new TitleLine(l.code(), agreement.title().in(l).orElse("")))
                .toList();
        return new AgreementDetails(agreement.id(), agreement.number(),
                agreement.registration().map(Registration::number).orElse(""),
                agreement.registration().map(registration -> dates.date(registration.date())).orElse(""),
                agreement.kind(), agreement.status(),
                agreement.statusReason().orElse(null), Shown.of(agreement.title(), language), titles,
                agreement.parties().stream().map(party -> PartyLine.of(party, language)).toList(),
                agreement.areas().stream().sorted().toList(),
                agreement.term() == null ? 0 : agreement.term().years(),
                agreement.term() != null && agreement.term().autoRenewal(),
                agreement.term() == null ? "" : agreement.term().startsOn().map(dates::date).orElse(""),
                people.apply(agreement.createdBy()), dates.dateTime(agreement.createdAt()),
                people.apply(agreement.updatedBy()), dates.dateTime(agreement.updatedAt()), agreement.version());
    }
}
