package org.pactum.registry.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pactum.domain.agreement.Agreement;
import org.pactum.domain.agreement.AgreementFingerprint;
import org.pactum.domain.agreement.AgreementKind;
import org.pactum.domain.audit.AgreementRecorded;
import org.pactum.domain.agreement.AgreementStatus;
import org.pactum.domain.agreement.ConcurrentEditException;
import org.pactum.domain.agreement.CooperationArea;
import org.pactum.domain.agreement.IllegalTransitionException;
import org.pactum.domain.agreement.LifecycleAction;
import org.pactum.domain.agreement.Revision;
import org.pactum.domain.agreement.Term;
import org.pactum.domain.audit.AuditAction;
import org.pactum.domain.error.FieldError;
import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.error.NotFoundException;
import org.pactum.domain.language.Language;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.text.Wording;
import org.pactum.fixtures.OmskPavlodar;
import org.pactum.fixtures.Wordings;
import org.pactum.fixtures.memory.AgreementsInMemory;
import org.pactum.fixtures.memory.PartiesInMemory;
import org.pactum.fixtures.memory.RecordedEvents;
import org.pactum.fixtures.memory.RegistrationCountersInMemory;
import org.pactum.fixtures.memory.RevisionsInMemory;

/** The registry as a bean of its own: the domain's ports in memory, no container, no database. */
class AgreementRegistryTest {

    private static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");

    private final AgreementsInMemory agreements = new AgreementsInMemory();
    private final RevisionsInMemory revisions = new RevisionsInMemory();
    private final PartiesInMemory parties = new PartiesInMemory();
    private final RecordedEvents<AgreementRecorded> recorded = new RecordedEvents<>();
    private final AgreementRegistry registry = new AgreementRegistry();
    private long omsk;
    private long pavlodar;

    @BeforeEach
    void wire() {
        omsk = parties.add(OmskPavlodar.omsk()).id();
        pavlodar = parties.add(OmskPavlodar.pavlodar()).id();
        RegistrationNumbers numbers = new RegistrationNumbers();
        numbers.config = settingsLeftAtTheirDefaults();
        numbers.counters = new RegistrationCountersInMemory();
        numbers.readSettings();
        registry.agreements = agreements;
        registry.revisions = revisions;
        registry.parties = parties;
        registry.registrationNumbers = numbers;
        registry.recorded = recorded;
        registry.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    }

    @Test
    void a_new_draft_gets_a_reference_number_of_its_year_a_first_revision_and_one_announcement() {
        Agreement created = registry.create(draft("Соглашение о сотрудничестве"), Wordings.typed(), null, "drafter");

        assertEquals("PA-2026-00001", created.number());
        assertEquals(AgreementStatus.DRAFT, created.status());
        assertEquals(1, created.version());
        assertEquals(List.of(OmskPavlodar.OMSK_RU, OmskPavlodar.PAVLODAR_RU),
                created.parties().stream().map(party -> party.organization().in(Language.RU).orElseThrow()).toList());
        Revision first = registry.revision(created.id(), 1);
        assertEquals(AgreementFingerprint.of(created), first.contentHash());
        assertEquals(1, first.agreementVersion());
        assertTrue(first.isIntact());
        assertEquals(List.of(new AgreementRecorded(AuditAction.AGREEMENT_CREATED, created, AgreementStatus.DRAFT, "drafter", null)),
                recorded.fired());
        assertEquals("PA-2026-00002", registry.create(draft("Второе"), Wording.empty(), null, "drafter").number());
    }

    @Test
    void a_party_id_the_directory_does_not_know_is_an_input_error_of_its_position_and_nothing_is_stored() {
        AgreementDraft unknown = new AgreementDraft(AgreementKind.COOPERATION_AGREEMENT, List.of(Language.RU, Language.KK),
                title("Соглашение"), Arrays.asList(omsk, 99L, null), Set.of(CooperationArea.EDUCATION), new Term(null, 5, true));

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> registry.create(unknown, Wording.empty(), null, "drafter"));

        assertEquals(List.of("partyIds[1]", "partyIds[2]"), refused.errors().stream().map(FieldError::field).toList());
        assertEquals(0, registry.count());
        assertTrue(recorded.fired().isEmpty());
    }

    @Test
    void a_change_saved_against_the_current_version_becomes_the_next_revision() {
        Agreement created = registry.create(draft("Соглашение"), Wordings.typed(), null, "drafter");

        Agreement revised = registry.revise(created.id(), draft("Соглашение (ред. 2)"), null, 1, "editor");

        assertEquals(2, revised.version());
        assertEquals(2, revised.revision());
        assertEquals(Wordings.typed().in(revised.languages()), revised.wording(), "no wording sent keeps the wording");
        assertEquals(List.of(1, 2), registry.revisions(created.id()).stream().map(Revision::number).toList());
        assertEquals("editor", registry.revision(created.id(), 2).author());
        assertEquals(AuditAction.AGREEMENT_EDITED, recorded.last().action());
    }

    @Test
    void saving_without_a_change_records_nothing() {
        Agreement created = registry.create(draft("Соглашение"), Wordings.typed(), null, "drafter");

        Agreement same = registry.revise(created.id(), draft("Соглашение"), null, 1, "editor");

        assertEquals(1, same.version());
        assertEquals(1, registry.revisions(created.id()).size());
        assertEquals(1, recorded.fired().size());
    }

    @Test
    void a_save_against_a_stale_version_is_refused_naming_the_revision_seen_and_the_current_one() {
        Agreement created = registry.create(draft("Соглашение"), Wordings.typed(), null, "drafter");
        registry.revise(created.id(), draft("Правка Омска"), null, 1, "omsk.drafter");

        ConcurrentEditException conflict = assertThrows(ConcurrentEditException.class,
                () -> registry.revise(created.id(), draft("Правка Павлодара"), null, 1, "pavlodar.lawyer"));

        assertEquals(Optional.of(1), conflict.seen().map(Revision::number));
        assertEquals(2, conflict.current().number());
        assertEquals("omsk.drafter", conflict.changedBy());
        assertEquals("Правка Омска", registry.get(created.id()).title().in(Language.RU).orElseThrow());
        assertEquals(2, registry.revisions(created.id()).size());
        assertEquals(2, recorded.fired().size());
    }

    @Test
    void each_lifecycle_step_is_announced_with_the_status_it_left() {
        long id = registry.create(draft("Соглашение"), Wordings.typed(), null, "drafter").id();

        step(id, LifecycleAction.SUBMIT, null, "drafter");
        step(id, LifecycleAction.RETURN, "Уточнить сроки", "approver1");
        step(id, LifecycleAction.REWORK, null, "drafter");
        step(id, LifecycleAction.SUBMIT, null, "drafter");

        List<AgreementRecorded> steps = recorded.fired().subList(1, 5);
        assertEquals(List.of(AuditAction.AGREEMENT_SUBMITTED, AuditAction.AGREEMENT_RETURNED, AuditAction.AGREEMENT_REWORKED,
                AuditAction.AGREEMENT_SUBMITTED), steps.stream().map(AgreementRecorded::action).toList());
        assertEquals(List.of(AgreementStatus.DRAFT, AgreementStatus.IN_APPROVAL, AgreementStatus.RETURNED, AgreementStatus.DRAFT),
                steps.stream().map(AgreementRecorded::previousStatus).toList());
        assertEquals("Уточнить сроки", steps.get(1).reason());
        assertEquals(5, registry.get(id).version());
        assertEquals(1, registry.revisions(id).size(), "a step of the lifecycle is no new revision of the text");
    }

    @Test
    void a_step_the_status_does_not_allow_is_refused_and_announces_nothing() {
        long id = registry.create(draft("Соглашение"), Wordings.typed(), null, "drafter").id();

        assertThrows(IllegalTransitionException.class, () -> registry.routed(id, LifecycleAction.APPROVE, 1, null, "approver1"));

        assertEquals(AgreementStatus.DRAFT, registry.get(id).status());
        assertEquals(1, recorded.fired().size());
    }

    @Test
    void the_steps_the_route_takes_are_refused_to_a_direct_request_and_the_others_to_the_route() {
        long id = registry.create(draft("Соглашение"), Wordings.typed(), null, "drafter").id();

        for (LifecycleAction routed : List.of(LifecycleAction.SUBMIT, LifecycleAction.APPROVE, LifecycleAction.RETURN,
                LifecycleAction.REJECT)) {
            assertThrows(IllegalTransitionException.class, () -> registry.perform(id, routed, 1, "why", "drafter"));
        }
        assertThrows(IllegalTransitionException.class, () -> registry.routed(id, LifecycleAction.WITHDRAW, 1, "why",
                "drafter"));
        assertEquals(AgreementStatus.DRAFT, registry.get(id).status());
    }

    @Test
    void approval_registers_the_agreement_with_the_next_serial_of_its_kind_and_year() {
        long first = registry.create(draft("Первое"), Wordings.typed(), null, "drafter").id();
        long second = registry.create(draft("Второе"), Wordings.typed(), null, "drafter").id();

        Agreement approved = approve(first);
        approve(second);

        assertTrue(approved.registration().isPresent());
        assertEquals(LocalDate.of(2026, 11, 22), approved.registration().orElseThrow().date(), "the day in Omsk");
        assertEquals(List.of(1L, 2L), List.of(first, second).stream()
                .map(id -> registry.get(id).registration().orElseThrow().serial()).toList());
        assertEquals("СС-2026/002", registry.get(second).registration().orElseThrow().number());
        assertEquals(AgreementStatus.IN_APPROVAL, recorded.last().previousStatus());
        assertFalse(registry.get(first).allowedActions().contains(LifecycleAction.APPROVE));
    }

    @Test
    void revisions_of_an_agreement_that_does_not_exist_are_not_found() {
        assertThrows(NotFoundException.class, () -> registry.revisions(404));
        assertThrows(NotFoundException.class, () -> registry.revision(404, 1));
    }

    private Agreement approve(long id) {
        step(id, LifecycleAction.SUBMIT, null, "drafter");
        return step(id, LifecycleAction.APPROVE, null, "approver2");
    }

    private Agreement step(long id, LifecycleAction action, String reason, String actor) {
        long version = registry.get(id).version();
        Agreement performed = action.followsRoute() ? registry.routed(id, action, version, reason, actor)
                : registry.perform(id, action, version, reason, actor);
        assertSame(performed, recorded.last().agreement());
        return performed;
    }

    private AgreementDraft draft(String titleRu) {
        return new AgreementDraft(AgreementKind.COOPERATION_AGREEMENT, List.of(Language.RU, Language.KK), title(titleRu),
                List.of(omsk, pavlodar), Set.of(CooperationArea.EDUCATION, CooperationArea.TOURISM), new Term(null, 5, true));
    }

    private static LocalizedText title(String ru) {
        return LocalizedText.of(ru, "Ынтымақтастық туралы келісім", null);
    }

    /** A configuration that has none of the registration settings, so every one takes its default. */
    private static Config settingsLeftAtTheirDefaults() {
        return (Config) Proxy.newProxyInstance(Config.class.getClassLoader(), new Class<?>[] {Config.class}, (proxy, method, args) -> {
            if (method.getName().equals("getOptionalValue")) {
                return Optional.empty();
            }
            throw new UnsupportedOperationException(method.getName());
        });
    }
}
