package org.pactum.domain.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** An agreement enters the register once, and only as approved. */
class RegistrationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void an_approved_agreement_is_registered() {
        Agreement agreement = approved();
        assertTrue(agreement.registration().isEmpty());
        Registration registration = registration(17);
        agreement.register(registration);
        assertEquals("СС-2026/017", agreement.registration().orElseThrow().number());
        assertEquals(TODAY, agreement.registration().orElseThrow().date());
    }

    @Test
    void a_second_registration_is_refused_and_the_first_one_stays() {
        Agreement agreement = approved();
        agreement.register(registration(17));
        assertThrows(IllegalStateException.class, () -> agreement.register(registration(18)));
        assertEquals(17, agreement.registration().orElseThrow().serial());
    }

    @ParameterizedTest
    @EnumSource(value = AgreementStatus.class, names = "APPROVED", mode = EnumSource.Mode.EXCLUDE)
    void only_an_approved_agreement_is_registered(AgreementStatus status) {
        Agreement agreement = in(status);
        assertThrows(IllegalStateException.class, () -> agreement.register(registration(1)));
        assertTrue(agreement.registration().isEmpty());
    }

    @Test
    void a_registration_of_another_kind_is_refused() {
        Agreement agreement = approved();
        Registration memorandum = RegistrationFormat.standard().registration(AgreementKind.MEMORANDUM_OF_COOPERATION, TODAY, 1);
        assertThrows(IllegalStateException.class, () -> agreement.register(memorandum));
    }

    @Test
    void the_registration_stays_while_the_agreement_is_signed() {
        Agreement agreement = approved();
        agreement.register(registration(3));
        agreement.perform(LifecycleAction.START_SIGNING, agreement.version(), null, "signer1", Fixtures.NOW);
        agreement.perform(LifecycleAction.COMPLETE_SIGNING, agreement.version(), null, "signer2", Fixtures.NOW);
        assertEquals("СС-2026/003", agreement.registration().orElseThrow().number());
    }

    private static Registration registration(long serial) {
        return RegistrationFormat.standard().registration(AgreementKind.COOPERATION_AGREEMENT, TODAY, serial);
    }

    private static Agreement approved() {
        return in(AgreementStatus.APPROVED);
    }

    /** Reaches the status for real, through the lifecycle. */
    private static Agreement in(AgreementStatus status) {
        Agreement agreement = Fixtures.draft();
        EnumSet<AgreementStatus> visited = EnumSet.noneOf(AgreementStatus.class);
        while (agreement.status() != status && visited.add(agreement.status())) {
            LifecycleAction next = switch (status) {
                case WITHDRAWN -> LifecycleAction.WITHDRAW;
                case REJECTED -> agreement.status() == AgreementStatus.DRAFT ? LifecycleAction.SUBMIT : LifecycleAction.REJECT;
                case RETURNED -> agreement.status() == AgreementStatus.DRAFT ? LifecycleAction.SUBMIT : LifecycleAction.RETURN;
                default -> switch (agreement.status()) {
                    case DRAFT -> LifecycleAction.SUBMIT;
                    case IN_APPROVAL -> LifecycleAction.APPROVE;
                    case APPROVED -> LifecycleAction.START_SIGNING;
                    case SIGNING -> LifecycleAction.COMPLETE_SIGNING;
                    default -> throw new IllegalStateException("no path to " + status);
                };
            };
            agreement.perform(next, agreement.version(), next.needsReason() ? "why" : null, "someone", Fixtures.NOW);
        }
        assertEquals(status, agreement.status());
        return agreement;
    }
}
