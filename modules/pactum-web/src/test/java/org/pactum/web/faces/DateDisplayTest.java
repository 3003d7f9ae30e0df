package org.pactum.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.pactum.web.audit.AuditRowTest;

class DateDisplayTest {

    @Test
    void a_day_begins_at_midnight_in_the_interface_zone_not_in_utc() {
        DateDisplay omsk = AuditRowTest.omsk();
        assertEquals(Instant.parse("2026-02-28T18:00:00Z"), omsk.startOf(LocalDate.of(2026, 3, 1)));
        assertEquals("Asia/Omsk", omsk.zoneName());
    }
}
