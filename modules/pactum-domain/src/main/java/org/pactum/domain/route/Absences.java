package org.pactum.domain.route;

import java.util.List;

/** Approvers' absences and their deputies. */
public interface Absences {

    Absence add(Absence absence);

    /** Absences of anyone for whom {@code deputy} stands in, whatever their period. */
    List<Absence> withDeputy(String deputy);

    List<Absence> of(String account);

    void remove(Absence absence);
}
