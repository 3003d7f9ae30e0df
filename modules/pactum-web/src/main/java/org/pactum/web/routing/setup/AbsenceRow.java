package org.pactum.web.routing.setup;

import java.io.Serializable;

/**
 * An absence on its list, names and days as shown.
 *
 * @param recordedBy who recorded it, by name, when not the absent approver themselves; else null
 * @param when {@code now}, {@code planned} or {@code past}, for the key {@code absences.when.<when>}
 */
public record AbsenceRow(long id, String account, String deputy, String firstDay, String lastDay, String recordedBy,
                         String when) implements Serializable {
}
