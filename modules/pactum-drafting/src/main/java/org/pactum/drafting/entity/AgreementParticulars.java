package org.pactum.drafting.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.pactum.domain.agreement.Agreement;
import org.pactum.domain.agreement.AgreementKind;
import org.pactum.domain.agreement.CooperationArea;
import org.pactum.domain.agreement.RecordedFields;
import org.pactum.domain.agreement.Registration;
import org.pactum.domain.agreement.Revision;
import org.pactum.domain.agreement.Term;
import org.pactum.domain.language.Language;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.party.Party;

/**
 * What an agreement's wording is filled with and its PDF headed by: number and date, languages, areas, term and the
 * parties with their signatories. Taken from the agreement as it stands, or from one of its revisions, which keep the
 * fields by value, so an earlier revision prints with the title and signatories it had then. A revision keeps a
 * party's region by code only; its name is the directory's today.
 *
 * @param number the registration number once there is one, else the agreement's own number
 * @param date   the registration date, or null before registration
 * @param kind   what the document is, which decides how its text names itself; null when unknown
 */
public record AgreementParticulars(String number, LocalDate date, List<Language> languages, LocalizedText title,
                                   Set<CooperationArea> areas, Term term, List<Signatory> parties, AgreementKind kind) {

    public AgreementParticulars {
        languages = List.copyOf(languages);
        areas = Set.copyOf(areas);
        parties = List.copyOf(parties);
    }

    /** A party as the text names it: organization, region, and who signs for it in what position. */
    public record Signatory(LocalizedText organization, LocalizedText region, LocalizedText name, LocalizedText position) {
    }

    public static AgreementParticulars of(Agreement agreement) {
        return new AgreementParticulars(agreement.registration().map(Registration::number).orElse(agreement.number()),
                agreement.registration().map(Registration::date).orElse(null), agreement.languages(), agreement.title(),
                agreement.areas(), agreement.term(), agreement.parties().stream().map(AgreementParticulars::signatory).toList(), agreement.kind());
    }

    /**
     * An earlier revision's particulars: never registered (registration comes with approval, after the last revision).
     *
     * @param regionNames a region's name by its code
     */
    public static AgreementParticulars of(Revision revision, Function<String, LocalizedText> regionNames) {
        RecordedFields fields = RecordedFields.of(revision);
        return new AgreementParticulars(fields.number(), null, fields.languages(), fields.title(), fields.areas(),
                fields.term(), fields.parties().stream().map(party -> new Signatory(party.organization(),
                        party.regionCode() == null ? LocalizedText.empty() : regionNames.apply(party.regionCode()),
                        party.signatoryName(), party.signatoryPosition())).toList(), fields.kind());
    }

    private static Signatory signatory(Party party) {
        return new Signatory(party.organization(), party.region() == null ? LocalizedText.empty() : party.region().name(),
                party.signatoryName(), party.signatoryPosition());
    }
}
