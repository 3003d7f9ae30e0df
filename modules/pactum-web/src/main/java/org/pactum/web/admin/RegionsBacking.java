package org.pactum.web.admin;

import static org.pactum.web.faces.AddressParameters.present;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Set;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.pactum.domain.error.DuplicateException;
import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.error.NotFoundException;
import org.pactum.domain.error.StaleVersionException;
import org.pactum.domain.party.Region;
import org.pactum.domain.user.Role;
import org.pactum.registry.boundary.Directory;
import org.pactum.web.faces.CurrentUser;
import org.pactum.web.faces.LanguageBacking;
import org.pactum.web.faces.NotFoundResponse;
import org.pactum.web.faces.PageMessages;
import org.pactum.web.forms.MarkedFields;

/** The regions, and a form that adds one or, with {@code ?code=}, renames one in its three languages. */
@Named
@ViewScoped
public class RegionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Directory directory;

    @Inject
    CurrentUser user;

    @Inject
    LanguageBacking language;

    private String code;
    private String newCode = "";
    private NameFields name;
    private Long editedVersion;
    /** The form's refusals, beside its fields: on a phone the page's messages are the whole list above it. */
    private final MarkedFields refused = new MarkedFields("region", "save", List.of("code", "nameRu", "nameKk", "nameEn"),
            Set.of());

    public void load() throws IOException {
        if (name != null) {
            return;
        }
        if (!present(code)) {
            name = new NameFields();
            return;
        }
        Region region = directory.regions().stream().filter(found -> found.code().equals(code.strip())).findFirst()
                .orElse(null);
        if (region == null) {
            NotFoundResponse.send("region");
            return;
        }
        name = NameFields.of(region.name());
        editedVersion = region.version();
    }

    public List<Region> getRows() {
        return directory.regions();
    }

    /** The region's name in the page's language, or in the one it has. */
    public String nameOf(Region region) {
        return region.name().preferring(language.getLanguage());
    }

    public String save() {
        refused.clear();
        if (!user.isIn(Role.ADMIN)) {
            refused.refuseForm("error.notAllowed");
            return null;
        }
        try {
            Region saved = isNew() ? directory.addRegion(newCode.strip(), name.text(), user.getUsername())
                    : directory.renameRegion(code.strip(), name.text(), editedVersion, user.getUsername());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            PageMessages.info("admin.region.saved", nameOf(saved));
            return "/admin/regions?faces-redirect=true";
        } catch (InvalidInputException invalid) {
            AdminProblems.show(invalid, refused);
        } catch (DuplicateException taken) {
            refused.refuse("code", "admin.problem.code.taken", newCode);
        } catch (StaleVersionException | NotFoundException changed) {
            refused.refuseForm("admin.stale");
        } catch (RuntimeException failed) {
            AdminProblems.savedMeanwhile(failed, refused);
        }
        return null;
    }

    public boolean isNew() {
        return !present(code);
    }

    public MarkedFields getRefused() {
        return refused;
    }

    public NameFields getName() {
        return name;
    }

    public String getNewCode() {
        return newCode;
    }

    public void setNewCode(String newCode) {
        this.newCode = newCode == null ? "" : newCode;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
