package org.pactum.domain.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pactum.domain.error.InvalidInputException;

/** Every (status, action) pair: the legal ones land on their target, every other one is refused by the aggregate. */
class LifecycleTest {

    /** The state machine as the issue states it, written out independently of {@link LifecycleAction}. */
    private static final Map<AgreementStatus, Map<LifecycleAction, AgreementStatus>> LEGAL = Map.of(
            AgreementStatus.DRAFT, Map.of(LifecycleAction.SUBMIT, AgreementStatus.IN_APPROVAL,
                    LifecycleAction.WITHDRAW, AgreementStatus.WITHDRAWN),
            AgreementStatus.IN_APPROVAL, Map.of(LifecycleAction.APPROVE, AgreementStatus.APPROVED,
                    LifecycleAction.RETURN, AgreementStatus.RETURNED,
                    LifecycleAction.REJECT, AgreementStatus.REJECTED,
                    LifecycleAction.WITHDRAW, AgreementStatus.WITHDRAWN),
            AgreementStatus.RETURNED, Map.of(LifecycleAction.REWORK, AgreementStatus.DRAFT,
                    LifecycleAction.WITHDRAW, AgreementStatus.WITHDRAWN),
            AgreementStatus.APPROVED, Map.of(LifecycleAction.START_SIGNING, AgreementStatus.SIGNING,
                    LifecycleAction.WITHDRAW, AgreementStatus.WITHDRAWN),
            AgreementStatus.SIGNING, Map.of(LifecycleAction.COMPLETE_SIGNING, AgreementStatus.SIGNED),
            AgreementStatus.SIGNED, Map.of(),
            AgreementStatus.REJECTED, Map.of(),
            AgreementStatus.WITHDRAWN, Map.of());

    /** Shortest action path from a new draft to each status, so every status can be reached for real. */
    private static final Map<AgreementStatus, List<LifecycleAction>> PATH = Map.of(
            AgreementStatus.DRAFT, List.of(),
            AgreementStatus.IN_APPROVAL, List.of(LifecycleAction.SUBMIT),
            AgreementStatus.RETURNED, List.of(LifecycleAction.SUBMIT, LifecycleAction.RETURN),
            AgreementStatus.APPROVED, List.of(LifecycleAction.SUBMIT, LifecycleAction.APPROVE),
            AgreementStatus.SIGNING, List.of(LifecycleAction.SUBMIT, LifecycleAction.APPROVE, LifecycleAction.START_SIGNING),
            AgreementStatus.SIGNED, List.of(LifecycleAction.SUBMIT, LifecycleAction.APPROVE, LifecycleAction.START_SIGNING,
                    LifecycleAction.COMPLETE_SIGNING),
            AgreementStatus.REJECTED, List.of(LifecycleAction.SUBMIT, LifecycleAction.REJECT),
            AgreementStatus.WITHDRAWN, List.of(LifecycleAction.WITHDRAW));

    static Stream<Arguments> everyStatusAndAction() {
        List<Arguments> all = new ArrayList<>();
        for (AgreementStatus status : AgreementStatus.values()) {
            for (LifecycleAction action : LifecycleAction.values()) {
                all.add(Arguments.of(status, action));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} --{1}-->")
    @MethodSource("everyStatusAndAction")
    void an_action_moves_the_agreement_exactly_when_the_lifecycle_allows_it(AgreementStatus from, LifecycleAction action) {
        Agreement agreement = agreementIn(from);
        AgreementStatus expected = LEGAL.get(from).get(action);
        if (expected != null) {
            agreement.perform(action, agreement.version(), "a reason", "official", Fixtures.NOW);
            assertEquals(expected, agreement.status());
        } else {
            IllegalTransitionException refused = assertThrows(IllegalTransitionException.class,
                    () -> agreement.perform(action, agreement.version(), "a reason", "official", Fixtures.NOW));
            assertEquals(from, refused.status());
            assertEquals(from, agreement.status(), "a refused action leaves the status alone");
        }
    }

    @ParameterizedTest
    @MethodSource("statuses")
    void allowed_actions_are_exactly_the_legal_ones_a_person_may_take(AgreementStatus status) {
        Set<LifecycleAction> expected = EnumSet.noneOf(LifecycleAction.class);
        LEGAL.get(status).keySet().stream().filter(action -> !action.followsSignatures()).forEach(expected::add);
        assertEquals(expected, agreementIn(status).allowedActions());
        assertEquals(LEGAL.get(status).isEmpty(), status.isFinal(), "final exactly when nothing, not even a signature, moves it");
        assertEquals(status == AgreementStatus.APPROVED || status == AgreementStatus.SIGNING, status.awaitsSignatures());
    }

    static Stream<AgreementStatus> statuses() {
        return Stream.of(AgreementStatus.values());
    }

    @Test
    void returning_rejecting_and_withdrawing_must_say_why() {
        for (LifecycleAction action : List.of(LifecycleAction.RETURN, LifecycleAction.REJECT, LifecycleAction.WITHDRAW)) {
            Agreement agreement = agreementIn(AgreementStatus.IN_APPROVAL);
            InvalidInputException refused = assertThrows(InvalidInputException.class,
                    () -> agreement.perform(action, agreement.version(), "  ", "official", Fixtures.NOW));
            assertEquals("reason", refused.errors().getFirst().field());
            assertEquals(AgreementStatus.IN_APPROVAL, agreement.status());
        }
    }

    @Test
    void the_reason_is_kept_with_the_status() {
        Agreement agreement = agreementIn(AgreementStatus.IN_APPROVAL);
        agreement.perform(LifecycleAction.RETURN, agreement.version(), " Уточнить пункт 3 ", "approver1", Fixtures.NOW);
        assertEquals("Уточнить пункт 3", agreement.statusReason().orElseThrow());
        assertEquals("approver1", agreement.updatedBy());
    }

    @Test
    void only_drafts_can_be_edited() {
        for (AgreementStatus status : AgreementStatus.values()) {
            Agreement agreement = agreementIn(status);
            if (status == AgreementStatus.DRAFT) {
                agreement.revise(Fixtures.content(), Fixtures.wording(), agreement.version(), "drafter", Fixtures.NOW);
            } else {
                assertThrows(AgreementNotEditableException.class,
                        () -> agreement.revise(Fixtures.content(), Fixtures.wording(), agreement.version(), "drafter", Fixtures.NOW));
            }
        }
        assertTrue(AgreementStatus.DRAFT.isEditable());
    }

    @Test
    void the_text_is_final_from_approval_until_signed() {
        assertEquals(EnumSet.of(AgreementStatus.APPROVED, AgreementStatus.SIGNING, AgreementStatus.SIGNED),
                EnumSet.copyOf(Stream.of(AgreementStatus.values()).filter(AgreementStatus::textIsFinal).toList()));
    }

    private static Agreement agreementIn(AgreementStatus status) {
        Agreement agreement = Fixtures.draft();
        for (LifecycleAction step : PATH.get(status)) {
            agreement.perform(step, agreement.version(), "because", "someone", Fixtures.NOW);
        }
        assertEquals(status, agreement.status());
        return agreement;
    }
}
