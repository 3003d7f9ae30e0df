package org.pactum.web.routing.setup;

import static org.pactum.web.faces.AddressParameters.present;

import java.io.IOException;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.pactum.domain.error.DuplicateException;
import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.error.NotFoundException;
import org.pactum.domain.error.StaleVersionException;
import org.pactum.domain.route.ApproverGroup;
import org.pactum.domain.user.Role;
import org.pactum.routing.boundary.RouteAdministration;
import org.pactum.web.faces.CurrentUser;
import org.pactum.web.faces.LanguageBacking;
import org.pactum.web.faces.NotFoundResponse;
import org.pactum.web.faces.PageMessages;
import org.pactum.web.faces.People;
import org.pactum.web.faces.Shown;
import org.pactum.web.forms.FieldPath;
import org.pactum.web.forms.FormProblems;
import org.pactum.web.forms.MarkedFields;
import org.pactum.web.forms.Place;

/**
 * The groups of approvers, for administrators: the list, and a form that creates a group or, with {@code ?code=},
 * changes one's names and members — refused, with the form kept, when someone changed it meanwhile. What a save
 * refuses stands beside its field, which the answer lands on: on a phone the form comes after the whole list.
 */
@Named
@ViewScoped
public class GroupsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, Place> PLACES = Map.of(
            "code", Place.field("code", "groups.problem.code"),
            "name", Place.field(GroupsBacking::nameField, "groups.problem.name", path -> new Object[0]),
            "members", Place.field(path -> "members", "groups.problem.members",
                    path -> new Object[] {ApproverGroup.MAX_MEMBERS}));

    @Inject
    RouteAdministration administration;

    @Inject
    ApproverChoices choices;

    @Inject
    CurrentUser user;

    @Inject
    People people;

    @Inject
    LanguageBacking language;

    private String code;
    private GroupFields form;
    private final MarkedFields refused = new MarkedFields("group", "save", List.of("code", "nameRu", "nameKk", "nameEn"),
            Set.of("members"));
    /** The version edited; null for a new group. */
    private Long editedVersion;

    public void load() throws IOException {
        if (form != null) {
            return;
        }
        if (!present(code)) {
            form = new GroupFields();
            return;
        }
        ApproverGroup group = administration.groups().stream().filter(found -> found.code().equals(code.strip()))
                .findFirst().orElse(null);
        if (group == null) {
            NotFoundResponse.send("group");
            return;
        }
        form = GroupFields.of(group);
        editedVersion = group.version();
    }

    public List<GroupRow> getRows() {
        return administration.groups().stream().sorted(Comparator.comparing(ApproverGroup::code))
                .map(group -> new GroupRow(group.code(), Shown.of(group.name(), language.getLanguage()),
                        group.members().stream().map(people::nameOf).sorted().toList()))
                .toList();
    }

    public String save() {
        refused.clear();
        if (!user.isIn(Role.ADMIN)) {
            refused.refuseForm("error.notAllowed");
            return null;
        }
        String groupCode = isNew() ? form.getCode().strip() : code.strip();
        try {
            ApproverGroup saved = administration.putGroup(groupCode, form.localizedName(), form.memberSet(),
                    editedVersion, user.getUsername());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            PageMessages.info("groups.saved", saved.name().preferring(language.getLanguage()));
            return "/routing/admin/groups?faces-redirect=true";
        } catch (InvalidInputException invalid) {
            FormProblems.ofPage(PLACES).show("groups.invalid", invalid, refused);
        } catch (DuplicateException taken) {
            refused.summarize("groups.invalid");
            refused.refuse("code", "groups.problem.taken", groupCode);
        } catch (StaleVersionException | NotFoundException changed) {
            refused.refuseForm("groups.stale");
        } catch (RuntimeException failed) {
            if (!SavedMeanwhile.causes(failed)) {
                throw failed;
            }
            refused.refuseForm("groups.stale");
        }
        return null;
    }

    /**
     * A name refused in one language (a character it may not hold) stands beside that language's field; a group with
     * no name at all, beside the first.
     */
    static String nameField(FieldPath path) {
        String language = path.language().orElse("ru");
        return "name" + Character.toUpperCase(language.charAt(0)) + language.substring(1);
    }

    public boolean isNew() {
        return !present(code);
    }

    /** The approvers to tick, with anyone the group has already. */
    public List<Choice> getPeople() {
        return choices.peopleWith(form == null ? List.of() : form.getMembers());
    }

    public MarkedFields getRefused() {
        return refused;
    }

    public GroupFields getForm() {
        return form;
    }

    public Long getEditedVersion() {
        return editedVersion;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
