package org.pactum.web.routing;

import java.time.Instant;
import java.time.LocalDate;

import org.pactum.domain.route.Absence;

/**
 * An approver's absence: their deputy decides their tasks on the days from {@code firstDay} to {@code lastDay}.
 *
 * @param account the absent approver; when recording, only an administrator names someone other than themselves
 */
public record AbsenceJson(Long id, String account, String deputy, LocalDate firstDay, LocalDate lastDay,
                          String recordedBy, Instant recordedAt) {

    static AbsenceJson of(Absence absence) {
        return new AbsenceJson(absence.id(), absence.account(), absence.deputy(), absence.firstDay(),
                absence.lastDay(), absence.recordedBy(), absence.recordedAt());
    }
}
