package org.pactum.web.audit;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.pactum.domain.error.NotFoundException;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.party.Region;
import org.pactum.domain.route.ApproverGroup;
import org.pactum.domain.route.RouteTemplate;
import org.pactum.registry.boundary.Directory;
import org.pactum.routing.boundary.RouteAdministration;

/**
 * The names audit details point at, read from the directory and the routing setup once per request: regions, routes
 * and groups are few, so each list is read whole the first time one of them is named; parties are many, so each is
 * read once, the first time an event names it. A page of fifty events thus costs a handful of reads, not one a row.
 */
@RequestScoped
public class StoredNames implements DetailNames {

    @Inject
    Directory directory;

    @Inject
    RouteAdministration routing;

    private Map<String, LocalizedText> regions;
    private Map<String, LocalizedText> routes;
    private Map<String, LocalizedText> groups;
    private final Map<String, Optional<LocalizedText>> parties = new HashMap<>();

    @Override
    public Optional<LocalizedText> find(String thing, String code) {
        if (code == null) {
            return Optional.empty();
        }
        return switch (thing) {
            case PARTY -> parties.computeIfAbsent(code, this::party);
            case REGION -> Optional.ofNullable(regions().get(code));
            case ROUTE -> Optional.ofNullable(routes().get(code));
            case GROUP -> Optional.ofNullable(groups().get(code));
            default -> Optional.empty();
        };
    }

    private Optional<LocalizedText> party(String id) {
        try {
            return Optional.of(directory.party(Long.parseLong(id)).organization());
        } catch (NotFoundException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Map<String, LocalizedText> regions() {
        if (regions == null) {
            regions = directory.regions().stream().collect(Collectors.toMap(Region::code, Region::name, (a, b) -> a));
        }
        return regions;
    }

    private Map<String, LocalizedText> routes() {
        if (routes == null) {
            routes = routing.routes().stream().collect(Collectors.toMap(RouteTemplate::code, RouteTemplate::name, (a, b) -> a));
        }
        return routes;
    }

    private Map<String, LocalizedText> groups() {
        if (groups == null) {
            groups = routing.groups().stream().collect(Collectors.toMap(ApproverGroup::code, ApproverGroup::name, (a, b) -> a));
        }
        return groups;
    }
}
