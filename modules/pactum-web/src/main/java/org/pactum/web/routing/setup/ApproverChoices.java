package org.pactum.web.routing.setup;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.pactum.domain.route.ApproverGroup;
import org.pactum.domain.user.Role;
import org.pactum.domain.user.UserAccount;
import org.pactum.domain.user.UserAccounts;
import org.pactum.routing.boundary.RouteAdministration;
import org.pactum.web.faces.LanguageBacking;
import org.pactum.web.faces.Shown;

/**
 * The people and groups the set-up pages let an administrator pick from, so nobody types an account name: the active
 * approvers by name, and the groups of approvers by their name in the page's language.
 */
@Named
@RequestScoped
public class ApproverChoices {

    @Inject
    UserAccounts accounts;

    @Inject
    RouteAdministration administration;

    @Inject
    LanguageBacking language;

    private List<Choice> people;
    private List<Choice> groups;

    /** Active accounts with the approver's role, by name. */
    public List<Choice> getPeople() {
        if (people == null) {
            people = accounts.all().stream().filter(UserAccount::isEnabled)
                    .filter(account -> account.roles().contains(Role.APPROVER))
                    .map(account -> new Choice(account.username(), account.displayName(), null))
                    .sorted(Comparator.comparing(Choice::label)).toList();
        }
        return people;
    }

    /**
     * The approvers, and besides them whoever a form already names (an account without the approver's role, or
     * disabled since): a list that left them out would drop them on saving without anyone noticing.
     */
    List<Choice> peopleWith(Collection<String> named) {
        Set<String> listed = getPeople().stream().map(Choice::value).collect(Collectors.toSet());
        List<Choice> more = named.stream().filter(name -> name != null && !name.isBlank() && !listed.contains(name))
                .distinct().map(name -> new Choice(name, accounts.find(name).map(UserAccount::displayName).orElse(name),
                        null)).toList();
        if (more.isEmpty()) {
            return getPeople();
        }
        return Stream.concat(getPeople().stream(), more.stream()).sorted(Comparator.comparing(Choice::label)).toList();
    }

    public List<Choice> getGroups() {
        if (groups == null) {
            groups = administration.groups().stream().map(this::choice).sorted(Comparator.comparing(Choice::label))
                    .toList();
        }
        return groups;
    }

    /** A group's name in the page's language, by code; the code itself for one no longer there. */
    String groupName(String code) {
        Map<String, String> names = getGroups().stream().collect(Collectors.toMap(Choice::value, Choice::label));
        return names.getOrDefault(code, code);
    }

    /** Every group by code. */
    Map<String, ApproverGroup> groupsByCode() {
        return administration.groups().stream().collect(Collectors.toMap(ApproverGroup::code, Function.identity()));
    }

    private Choice choice(ApproverGroup group) {
        Shown name = Shown.of(group.name(), language.getLanguage());
        return new Choice(group.code(), name.text(), name.lang());
    }
}
