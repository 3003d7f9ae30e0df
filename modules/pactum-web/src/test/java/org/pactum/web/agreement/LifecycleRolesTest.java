package org.pactum.web.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pactum.domain.agreement.AgreementStatus;
import org.pactum.domain.agreement.LifecycleAction;
import org.pactum.domain.user.Role;

class LifecycleRolesTest {

    @Test
    void every_action_a_person_takes_has_someone_who_may_take_it_and_signatures_take_the_rest() {
        for (LifecycleAction action : LifecycleAction.values()) {
            assertEquals(action.followsSignatures(), LifecycleRoles.whoMay(action).isEmpty(), action.name());
        }
    }

    @Test
    void an_approver_decides_on_an_agreement_in_approval() {
        assertEquals(List.of(LifecycleAction.APPROVE, LifecycleAction.RETURN, LifecycleAction.REJECT),
                LifecycleRoles.actionsFor(AgreementStatus.IN_APPROVAL, Set.of(Role.APPROVER)::contains));
    }

    @Test
    void a_drafter_may_withdraw_what_is_in_approval_but_not_decide_on_it() {
        assertEquals(List.of(LifecycleAction.WITHDRAW),
                LifecycleRoles.actionsFor(AgreementStatus.IN_APPROVAL, Set.of(Role.DRAFTER)::contains));
    }

    @Test
    void a_signer_gets_no_status_button_signatures_move_the_agreement() {
        assertEquals(List.of(), LifecycleRoles.actionsFor(AgreementStatus.APPROVED, Set.of(Role.SIGNER)::contains));
        assertEquals(List.of(), LifecycleRoles.actionsFor(AgreementStatus.SIGNING, role -> true));
    }

    @Test
    void an_auditor_never_gets_an_action() {
        for (AgreementStatus status : AgreementStatus.values()) {
            assertEquals(List.of(), LifecycleRoles.actionsFor(status, Set.of(Role.AUDITOR)::contains), status.name());
        }
    }

    @Test
    void nobody_acts_on_a_signed_agreement() {
        assertEquals(List.of(), LifecycleRoles.actionsFor(AgreementStatus.SIGNED, role -> true));
    }
}
