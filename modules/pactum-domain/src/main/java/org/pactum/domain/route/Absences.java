package org.pactum.domain.route;

import java.util.List;
import java.util.Optional;

/** Approvers' absences and their deputies. */
public interface Absences {

    Absence add(Absence absence);

    /** Absences of anyone for whom {@code deputy} stands in, whatever their period. */
    List<Absence> withDeputy(String deputy);

    List<Absence> of(String account);

    Optional<Absence> find(long id);

    void remove(Absence absence);
}
