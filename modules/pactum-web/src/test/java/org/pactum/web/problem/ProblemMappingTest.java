package org.pactum.web.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pactum.domain.agreement.AgreementNotEditableException;
import org.pactum.domain.agreement.AgreementStatus;
import org.pactum.domain.agreement.IllegalTransitionException;
import org.pactum.domain.agreement.LifecycleAction;
import org.pactum.domain.error.DuplicateException;
import org.pactum.domain.error.FieldError;
import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.error.NotFoundException;
import org.pactum.domain.error.Rule;
import org.pactum.domain.error.StaleVersionException;
import org.pactum.domain.user.ManagedByDirectoryException;
import org.pactum.domain.user.NameInDirectoryException;
import org.pactum.domain.user.Role;
import org.pactum.domain.user.UserAccount;

class ProblemMappingTest {

    @Test
    void each_condition_has_its_status_and_stable_type() {
        assertEquals(404, ProblemMapping.problemFor(new NotFoundException("Agreement", 7)).status());
        assertEquals(409, ProblemMapping.problemFor(new StaleVersionException("Agreement", 1, 2)).status());
        assertEquals(409, ProblemMapping.problemFor(new DuplicateException("Region", "KZ-55")).status());
        assertEquals(409, ProblemMapping.problemFor(new AgreementNotEditableException(AgreementStatus.SIGNED)).status());
        Problem illegal = ProblemMapping.problemFor(new IllegalTransitionException(AgreementStatus.DRAFT, LifecycleAction.APPROVE));
        assertEquals(409, illegal.status());
        assertEquals("urn:pactum:problem:illegal-transition", illegal.type());
    }

    @Test
    void what_the_directory_keeps_is_a_conflict_of_its_own_not_invalid_input() {
        UserAccount dana = UserAccount.fromDirectory("dana", "Дана Ахметова", Set.of(Role.DRAFTER));
        Problem problem = ProblemMapping.problemFor(assertThrows(ManagedByDirectoryException.class,
                dana::refusePasswordIfFromDirectory));
        assertEquals(409, problem.status());
        assertEquals("urn:pactum:problem:managed-by-directory", problem.type());
        assertEquals("Managed by the directory", problem.title());

        Problem name = ProblemMapping.problemFor(new NameInDirectoryException("dana"));
        assertEquals(409, name.status());
        assertEquals("urn:pactum:problem:name-in-directory", name.type());
    }

    @Test
    void invalid_input_lists_its_fields() {
        Problem problem = ProblemMapping.problemFor(new InvalidInputException(List.of(new FieldError("title.kk", Rule.NOT_TRANSLATED, "must not be blank"))));
        assertEquals(422, problem.status());
        assertEquals(List.of(new InvalidField("title.kk", "not-translated", "must not be blank")), problem.errors());
    }

    @Test
    void a_wrapped_condition_is_found_and_the_unexpected_reveals_only_an_incident_id() {
        ErrorMapper mapper = new ErrorMapper();
        Problem wrapped = mapper.problemFor(new RuntimeException("tx", new StaleVersionException("Agreement", 1, 2)));
        assertEquals(409, wrapped.status());
        Problem unexpected = mapper.problemFor(new IllegalStateException("secret internals at org.pactum"));
        assertEquals(500, unexpected.status());
        assertEquals(false, unexpected.detail().contains("secret"));
    }
}
