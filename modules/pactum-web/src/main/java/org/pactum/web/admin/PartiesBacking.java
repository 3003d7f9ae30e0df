package org.pactum.web.admin;

import static org.pactum.web.faces.AddressParameters.present;

import java.io.IOException;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.error.NotFoundException;
import org.pactum.domain.error.StaleVersionException;
import org.pactum.domain.party.Party;
import org.pactum.domain.party.Region;
import org.pactum.domain.user.Role;
import org.pactum.registry.boundary.Directory;
import org.pactum.registry.boundary.PartyDraft;
import org.pactum.web.faces.AddressParameters;
import org.pactum.web.faces.CurrentUser;
import org.pactum.web.faces.LanguageBacking;
import org.pactum.web.faces.NotFoundResponse;
import org.pactum.web.faces.PageMessages;
import org.pactum.web.forms.MarkedFields;
import org.pactum.web.faces.People;
import org.pactum.web.faces.Shown;

/**
 * The parties, and a form that adds one or, with {@code ?id=}, changes one: its organisation, region and signatory in
 * three languages. Who signs for a party is set on each signer's own page.
 */
@Named
@ViewScoped
public class PartiesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Directory directory;

    @Inject
    CurrentUser user;

    @Inject
    LanguageBacking language;

    @Inject
    People people;

    private String id;
    private NameFields organization;
    private NameFields signatoryName;
    private NameFields signatoryPosition;
    private String regionCode = "";
    private Long editedVersion;
    /** The form's refusals, beside its fields: on a phone the page's messages are the whole list above it. */
    private final MarkedFields refused = new MarkedFields("party", "save", List.of("organizationRu", "organizationKk",
            "organizationEn", "region", "signatoryNameRu", "signatoryNameKk", "signatoryNameEn", "signatoryPositionRu",
            "signatoryPositionKk", "signatoryPositionEn"), Set.of()).alsoFor("regionCode", "region");
    /** Read once per view: each row asks for the party's signers. */
    private List<PartyRow> rows;

    public void load() throws IOException {
        if (organization != null) {
            return;
        }
        if (!present(id)) {
            organization = new NameFields();
            signatoryName = new NameFields();
            signatoryPosition = new NameFields();
            return;
        }
        Long wanted = AddressParameters.identifier(id).orElse(null);
        Party party = directory.parties(null, null).stream().filter(found -> found.id().equals(wanted)).findFirst()
                .orElse(null);
        if (party == null) {
            NotFoundResponse.send("party");
            return;
        }
        organization = NameFields.of(party.organization());
        signatoryName = NameFields.of(party.signatoryName());
        signatoryPosition = NameFields.of(party.signatoryPosition());
        regionCode = party.region().code();
        editedVersion = party.version();
    }

    public List<PartyRow> getRows() {
        if (rows == null) {
            rows = readRows();
        }
        return rows;
    }

    private List<PartyRow> readRows() {
        return directory.parties(null, null).stream().sorted(Comparator.comparing(Party::id)).map(party -> {
            Shown name = Shown.of(party.organization(), language.getLanguage());
            return new PartyRow(party.id(), name.text(), name.lang(),
                    party.region().name().preferring(language.getLanguage()),
                    party.signatoryName().preferring(language.getLanguage()),
                    directory.signersOf(party.id()).stream().map(people::nameOf).toList());
        }).toList();
    }

    public List<Region> getRegions() {
        return directory.regions();
    }

    public String regionName(Region region) {
        return region.name().preferring(language.getLanguage());
    }

    public String save() {
        refused.clear();
        if (!user.isIn(Role.ADMIN)) {
            refused.refuseForm("error.notAllowed");
            return null;
        }
        PartyDraft draft = new PartyDraft(organization.text(), regionCode, signatoryName.text(), signatoryPosition.text());
        try {
            Party saved = isNew() ? directory.addParty(draft, user.getUsername())
                    : directory.reviseParty(Long.parseLong(id.strip()), draft, editedVersion, user.getUsername());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            PageMessages.info("admin.party.saved", saved.organization().preferring(language.getLanguage()));
            return "/admin/parties?faces-redirect=true";
        } catch (InvalidInputException invalid) {
            AdminProblems.show(invalid, refused);
        } catch (StaleVersionException | NotFoundException changed) {
            refused.refuseForm("admin.stale");
        } catch (RuntimeException failed) {
            AdminProblems.savedMeanwhile(failed, refused);
        }
        return null;
    }

    public boolean isNew() {
        return !present(id);
    }

    public MarkedFields getRefused() {
        return refused;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public NameFields getOrganization() {
        return organization;
    }

    public NameFields getSignatoryName() {
        return signatoryName;
    }

    public NameFields getSignatoryPosition() {
        return signatoryPosition;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }
}
