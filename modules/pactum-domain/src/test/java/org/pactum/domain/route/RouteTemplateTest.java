package org.pactum.domain.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pactum.domain.agreement.AgreementKind;
import org.pactum.domain.error.FieldError;
import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.error.Rule;
import org.pactum.domain.language.LocalizedText;

class RouteTemplateTest {

    private static final LocalizedText NAME = LocalizedText.of("Юристы", "Заңгерлер", "Lawyers");

    @Test
    void a_stage_refuses_every_broken_rule_at_once_naming_its_field() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> new RouteStage(NAME,
                List.of(Approver.user("a"), Approver.user("a")), StageRule.QUORUM, 3, Duration.ZERO, "b"));

        assertEquals(Set.of("approvers", "quorum", "deadline"), Set.copyOf(refused.errors().stream()
                .map(FieldError::field).toList()));
    }

    @Test
    void a_quorum_over_a_group_is_checked_when_the_stage_opens_not_when_it_is_defined() {
        RouteStage stage = new RouteStage(NAME, List.of(Approver.group("legal")), StageRule.QUORUM, 5, null, null);

        assertEquals(5, stage.quorum());
        assertEquals(0, new RouteStage(NAME, List.of(Approver.user("a")), StageRule.ALL, 7, null, null).quorum());
    }

    @Test
    void approvers_are_written_as_user_or_group_codes_and_read_back() {
        assertEquals(Approver.group("legal-department"), Approver.parse("group:legal-department"));
        assertEquals(Approver.user("approver1"), Approver.parse("approver1"));
        assertEquals("user:approver1", Approver.user("approver1").code());
        assertEquals(Rule.MALFORMED, assertThrows(InvalidInputException.class, () -> Approver.parse("role:x"))
                .errors().getFirst().rule());
    }

    @Test
    void a_route_is_the_default_only_for_kinds_it_serves_and_can_yield_it() {
        RouteStage stage = new RouteStage(NAME, List.of(Approver.user("a")), StageRule.ALL, 0, null, null);
        assertThrows(InvalidInputException.class, () -> RouteTemplate.define("short", NAME, List.of(stage),
                ResubmissionMode.RESTART, false, EnumSet.of(AgreementKind.MEMORANDUM_OF_COOPERATION),
                EnumSet.of(AgreementKind.COOPERATION_AGREEMENT)));

        RouteTemplate route = RouteTemplate.define("short", NAME, List.of(stage), ResubmissionMode.RESTART, false,
                EnumSet.allOf(AgreementKind.class), EnumSet.of(AgreementKind.COOPERATION_AGREEMENT));
        assertTrue(route.isDefaultFor(AgreementKind.COOPERATION_AGREEMENT));
        route.yieldDefault(AgreementKind.COOPERATION_AGREEMENT);
        assertFalse(route.isDefaultFor(AgreementKind.COOPERATION_AGREEMENT));
        assertThrows(InvalidInputException.class, () -> RouteTemplate.define("Has Spaces", NAME, List.of(stage),
                ResubmissionMode.RESTART, false, EnumSet.allOf(AgreementKind.class), Set.of()));
    }

    @Test
    void route_stage_and_group_names_refuse_a_bidirectional_override_naming_where() {
        RouteStage stage = new RouteStage(LocalizedText.of("Юристы\u202E", null, null), List.of(Approver.user("a")),
                StageRule.ALL, 0, null, null);
        InvalidInputException route = assertThrows(InvalidInputException.class, () -> RouteTemplate.define("short",
                LocalizedText.of(null, "Қысқа\u2067", null), List.of(stage), ResubmissionMode.RESTART, false,
                EnumSet.allOf(AgreementKind.class), Set.of()));
        assertEquals(List.of("name.kk", "stages[0].name.ru"), route.errors().stream().map(FieldError::field).toList());
        assertTrue(route.errors().stream().allMatch(error -> error.rule() == Rule.FORBIDDEN_CHARACTER));
        InvalidInputException group = assertThrows(InvalidInputException.class,
                () -> ApproverGroup.of("legal", LocalizedText.of("Юристы\u0000", null, null), Set.of("a")));
        assertEquals("U+0000 NULL", group.errors().getFirst().detail());
    }
}
