package org.pactum.domain.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ActorTest {

    @Test
    void roles_are_named_as_security_roles() {
        Actor approver = new Actor("approver1", Set.of(Role.APPROVER, Role.AUDITOR), "10.0.0.7");
        assertEquals(Set.of("APPROVER", "AUDITOR"), approver.roleNames());
    }

    @Test
    void nobody_has_no_name_no_roles_and_no_address() {
        assertNull(Actor.NOBODY.username());
        assertTrue(Actor.NOBODY.roleNames().isEmpty());
        assertNull(Actor.NOBODY.address());
        assertEquals(Set.of(), new Actor(null, null, null).roles());
    }

    @Test
    void the_roles_cannot_be_changed_afterwards() {
        Set<Role> roles = new HashSet<>(Set.of(Role.DRAFTER));
        Actor drafter = new Actor("drafter", roles, "127.0.0.1");
        roles.add(Role.ADMIN);
        assertEquals(Set.of(Role.DRAFTER), drafter.roles());
        assertThrows(UnsupportedOperationException.class, () -> drafter.roles().add(Role.ADMIN));
    }
}
