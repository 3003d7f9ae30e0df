package org.pactum.web.publicverification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.pactum.web.security.SettableClock;

class KeptVerdictsTest {

    private final SettableClock clock = new SettableClock(Instant.parse("2026-12-07T08:00:00Z"));
    private final KeptVerdicts verdicts = new KeptVerdicts(Duration.ofMinutes(1), 2, clock);
    private final AtomicInteger verified = new AtomicInteger();

    private String verify() {
        return "report " + verified.incrementAndGet();
    }

    @Test
    void a_kept_document_is_verified_once_a_minute_however_often_the_page_is_opened() {
        for (int i = 0; i < 100; i++) {
            assertEquals("report 1", verdicts.reportOn("aa", this::verify));
        }
        clock.advance(Duration.ofSeconds(59));
        assertEquals("report 1", verdicts.reportOn("aa", this::verify));
        clock.advance(Duration.ofSeconds(1));
        assertEquals("report 2", verdicts.reportOn("aa", this::verify), "verified afresh once the minute is over");
    }

    @Test
    void another_document_gets_its_own_verdict_and_only_the_most_recently_used_are_kept() {
        assertEquals("report 1", verdicts.reportOn("aa", this::verify));
        assertEquals("report 2", verdicts.reportOn("bb", this::verify), "a new signature makes a new document");
        assertEquals("report 3", verdicts.reportOn("cc", this::verify));
        assertEquals("report 3", verdicts.reportOn("cc", this::verify));
        assertEquals("report 4", verdicts.reportOn("aa", this::verify), "the least recently used was forgotten");
    }
}
