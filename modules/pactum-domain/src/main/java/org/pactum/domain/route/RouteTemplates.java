package org.pactum.domain.route;

import java.util.List;
import java.util.Optional;

/** The routes an administration has set up. */
public interface RouteTemplates {

    RouteTemplate add(RouteTemplate route);

    Optional<RouteTemplate> find(String code);

    /** Every route, by code. */
    List<RouteTemplate> all();
}
