package org.pactum.routing.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.pactum.domain.agreement.AgreementKind;
import org.pactum.domain.error.DuplicateException;
import org.pactum.domain.error.NotFoundException;
import org.pactum.domain.error.StaleVersionException;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.route.Absence;
import org.pactum.domain.route.Absences;
import org.pactum.domain.route.ApproverGroup;
import org.pactum.domain.route.ApproverGroups;
import org.pactum.domain.route.ResubmissionMode;
import org.pactum.domain.route.RouteStage;
import org.pactum.domain.route.RouteTemplate;
import org.pactum.domain.route.RouteTemplates;
import org.pactum.domain.route.RoutingConfigured;
import org.pactum.domain.route.StagesCodec;

/**
 * Setting approval up: the routes and which kinds they serve, the groups stages ask, and approvers' absences with
 * their deputies. A kind has one default route at a time: making a route its default takes it from the other. Every
 * change is an audit event.
 */
@ApplicationScoped
@Transactional
public class RouteAdministration {

    @Inject
    RouteTemplates templates;

    @Inject
    ApproverGroups groups;

    @Inject
    Absences absences;

    @Inject
    Event<RoutingConfigured> configured;

    Clock clock = Clock.systemUTC();

    /** The route as written; its stages apply to agreements submitted from now on. */
    public record RouteDefinition(String code, LocalizedText name, List<RouteStage> stages,
                                  ResubmissionMode resubmission, boolean openThreadsBlock, Set<AgreementKind> kinds,
                                  Set<AgreementKind> defaultFor) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RouteTemplate> routes() {
        return templates.all();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RouteTemplate route(String code) {
        return templates.find(code).orElseThrow(() -> new NotFoundException("Route", code));
    }

    public RouteTemplate create(RouteDefinition definition, String actor) {
        if (definition.code() != null && templates.find(definition.code()).isPresent()) {
            throw new DuplicateException("code", "a route " + definition.code() + " exists already");
        }
        RouteTemplate route = RouteTemplate.define(definition.code(), definition.name(), definition.stages(),
                definition.resubmission(), definition.openThreadsBlock(), definition.kinds(), definition.defaultFor());
        takeDefaults(route);
        templates.add(route);
        announce("route", actor, route);
        return route;
    }

    /** @param expectedVersion the version the administrator edited; another is refused (someone changed it since) */
    public RouteTemplate update(String code, RouteDefinition definition, long expectedVersion, String actor) {
        RouteTemplate route = route(code);
        if (route.version() != expectedVersion) {
            throw new StaleVersionException("Route " + code, expectedVersion, route.version());
        }
        route.redefine(definition.name(), definition.stages(), definition.resubmission(),
                definition.openThreadsBlock(), definition.kinds(), definition.defaultFor());
        takeDefaults(route);
        announce("route", actor, route);
        return route;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ApproverGroup> groups() {
        return groups.all();
    }

    /** Creates the group or changes its name and members. */
    public ApproverGroup putGroup(String code, LocalizedText name, Set<String> members, String actor) {
        ApproverGroup group = groups.find(code).map(existing -> {
            existing.rename(name, members);
            return existing;
        }).orElseGet(() -> groups.add(ApproverGroup.of(code, name, members)));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("code", group.code());
        details.put("members", group.members().stream().sorted().toList());
        configured.fire(new RoutingConfigured("group", actor, details));
        return group;
    }

    /**
     * Creates a group, refused when its code is taken, or changes the one an administrator edited, refused when
     * someone changed it since: what a form that shows a group before saving it needs.
     *
     * @param expectedVersion null to create; else the version edited
     */
    public ApproverGroup putGroup(String code, LocalizedText name, Set<String> members, Long expectedVersion,
                                  String actor) {
        Optional<ApproverGroup> existing = groups.find(code);
        if (expectedVersion == null && existing.isPresent()) {
            throw new DuplicateException("Approver group", code);
        }
        if (expectedVersion != null) {
            ApproverGroup edited = existing.orElseThrow(() -> new NotFoundException("Approver group", code));
            if (edited.version() != expectedVersion) {
                throw new StaleVersionException("Approver group " + code, expectedVersion, edited.version());
            }
        }
        return putGroup(code, name, members, actor);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Absence> absencesOf(String account) {
        return absences.of(account);
    }

    /** Records that {@code account} is away and who decides their tasks meanwhile. */
    public Absence recordAbsence(String account, String deputy, LocalDate firstDay, LocalDate lastDay, String actor) {
        Absence absence = absences.add(Absence.of(account, deputy, firstDay, lastDay, actor, clock.instant()));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("account", account);
        details.put("deputy", deputy);
        details.put("firstDay", firstDay.toString());
        details.put("lastDay", lastDay.toString());
        configured.fire(new RoutingConfigured("absence", actor, details));
        return absence;
    }

    /**
     * Ends an absence early (or cancels one planned): the deputy no longer decides for the approver.
     *
     * @param onlyOf the account whose absence it must be, or null for an administrator, who may remove any
     */
    public void removeAbsence(long id, String onlyOf, String actor) {
        Absence absence = absences.find(id).filter(found -> onlyOf == null || found.account().equals(onlyOf))
                .orElseThrow(() -> new NotFoundException("Absence", id));
        absences.remove(absence);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("removed", id);
        details.put("account", absence.account());
        details.put("deputy", absence.deputy());
        configured.fire(new RoutingConfigured("absence", actor, details));
    }

    private void takeDefaults(RouteTemplate route) {
        for (AgreementKind kind : route.defaultFor()) {
            templates.all().stream().filter(other -> !other.code().equals(route.code()))
                    .filter(other -> other.isDefaultFor(kind)).forEach(other -> other.yieldDefault(kind));
        }
    }

    private void announce(String what, String actor, RouteTemplate route) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("code", route.code());
        details.put("stages", StagesCodec.write(route.stages()));
        details.put("resubmission", route.resubmission().name());
        details.put("openThreadsBlock", route.openThreadsBlock());
        details.put("kinds", route.kinds().stream().map(Enum::name).sorted().toList());
        details.put("defaultFor", route.defaultFor().stream().map(Enum::name).sorted().toList());
        configured.fire(new RoutingConfigured(what, actor, details));
    }
}
