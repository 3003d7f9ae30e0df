package org.pactum.domain.party;

import java.util.Objects;

import org.pactum.domain.error.StaleVersionException;
import org.pactum.domain.language.Language;
import org.pactum.domain.language.LocalizedText;

/** An organisation that can be a side of agreements — a regional government, a city administration, a chamber of commerce. */
public class Party {

    private Long id;
    private LocalizedText organization;
    private Region region;
    private String country;
    private LocalizedText signatoryName;
    private LocalizedText signatoryPosition;
    private long version;

    protected Party() {
    }

    public Party(PartyDetails details) {
        apply(details);
    }

    /** A party as stored, for read models that read the database without JPA (e.g. the registry's list). */
    public static Party restore(long id, long version, PartyDetails details) {
        Party party = new Party(details);
        party.id = id;
        party.version = version;
        return party;
    }

    public void revise(PartyDetails details, long expectedVersion) {
        if (expectedVersion != version) {
            throw new StaleVersionException("Party " + id, expectedVersion, version);
        }
        apply(details);
    }

    private void apply(PartyDetails details) {
        details.validate();
        this.organization = details.organization();
        this.region = details.region();
        this.country = details.region().country();
        this.signatoryName = details.signatoryName();
        this.signatoryPosition = details.signatoryPosition();
    }

    /** Whether everything an agreement in that language prints about this party exists in it. */
    public boolean isDescribedIn(Language language) {
        return organization().has(language) && signatoryName().has(language) && signatoryPosition().has(language);
    }

    public Long id() {
        return id;
    }

    public LocalizedText organization() {
        return organization == null ? LocalizedText.empty() : organization;
    }

    public Region region() {
        return region;
    }

    public String country() {
        return country;
    }

    public LocalizedText signatoryName() {
        return signatoryName == null ? LocalizedText.empty() : signatoryName;
    }

    public LocalizedText signatoryPosition() {
        return signatoryPosition == null ? LocalizedText.empty() : signatoryPosition;
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Party that && id != null && Objects.equals(id, that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    @Override
    public String toString() {
        return "Party " + id + " " + organization().preferring(Language.RU);
    }
}
