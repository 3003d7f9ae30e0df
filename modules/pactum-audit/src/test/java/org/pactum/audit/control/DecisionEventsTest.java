package org.pactum.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pactum.audit.entity.ApprovalDecision;
import org.pactum.domain.audit.AuditEvent;

class DecisionEventsTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void approval_steps_are_read_with_revision_statuses_and_reason_and_other_events_are_left_out() {
        List<AuditEvent> events = List.of(
                event(1, "agreement.created", "drafter", "{\"number\":\"PA-2026-00017\",\"to\":\"DRAFT\"}"),
                event(2, "agreement.submitted", "drafter", "{\"from\":\"DRAFT\",\"revision\":3,\"to\":\"IN_APPROVAL\"}"),
                event(3, "agreement.returned", "approver1",
                        "{\"from\":\"IN_APPROVAL\",\"reason\":\"Уточнить срок\",\"revision\":3,\"to\":\"DRAFT\"}"),
                event(4, "comment.added", "approver1", "{}"),
                event(5, "agreement.approved", "approver2", "{\"from\":\"IN_APPROVAL\",\"revision\":4,\"to\":\"APPROVED\"}"),
                event(6, "agreement.signature-added", "signer1", "{\"position\":1}"));

        List<ApprovalDecision> decisions = DecisionEvents.of(events);

        assertEquals(List.of(2L, 3L, 5L), decisions.stream().map(ApprovalDecision::sequence).toList());
        ApprovalDecision returned = decisions.get(1);
        assertEquals("agreement.returned", returned.action());
        assertEquals("approver1", returned.actor());
        assertEquals(3, returned.revision());
        assertEquals("IN_APPROVAL", returned.from());
        assertEquals("DRAFT", returned.to());
        assertEquals("Уточнить срок", returned.reason());
        assertEquals("hash-5", decisions.get(2).contentHash());
        assertEquals(T0.plusSeconds(5), decisions.get(2).occurredAt());
    }

    @Test
    void an_approvers_decision_on_the_route_is_read_with_its_stage_remark_and_on_whose_behalf() {
        ApprovalDecision decision = DecisionEvents.of(List.of(event(9, "route.decided", "deputy2",
                "{\"decision\":\"APPROVE\",\"onBehalfOf\":\"deputy1\",\"remark\":\"За главу\",\"revision\":4,"
                        + "\"stage\":2}"))).getFirst();

        assertEquals("APPROVE", decision.decision());
        assertEquals(2, decision.stage());
        assertEquals("deputy1", decision.onBehalfOf());
        assertEquals("За главу", decision.reason());
        assertEquals(4, decision.revision());
    }

    @Test
    void an_older_event_without_details_reads_as_a_decision_with_nothing_known_beyond_the_event() {
        ApprovalDecision decision = DecisionEvents.of(List.of(event(7, "agreement.approved", "approver", null)))
                .getFirst();

        assertNull(decision.revision());
        assertNull(decision.reason());
        assertEquals("approver", decision.actor());
    }

    private static AuditEvent event(long sequence, String action, String actor, String details) {
        return AuditEvent.stored(sequence, T0.plusSeconds(sequence), actor, "", action, 17L, sequence,
                "hash-" + sequence, details, "127.0.0.1", "previous", "hash");
    }
}
