package org.pactum.domain.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.pactum.domain.error.FieldError;
import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.text.AgreementText;
import org.pactum.domain.text.Clause;
import org.pactum.domain.text.Wording;

class RevisionTest {

    @Test
    void a_new_draft_is_revision_one_and_each_changing_save_the_next() {
        Agreement agreement = Fixtures.draft();
        assertEquals(1, agreement.revision());
        assertTrue(agreement.revise(Fixtures.content(), reworded(), agreement.version(), "drafter", Fixtures.NOW));
        assertEquals(2, agreement.revision());
    }

    @Test
    void a_save_that_changes_nothing_is_no_revision() {
        Agreement agreement = Fixtures.draft();
        assertFalse(agreement.revise(agreement.content(), Fixtures.wording(), agreement.version(), "drafter", Fixtures.NOW));
        assertEquals(1, agreement.revision());
    }

    @Test
    void the_content_hash_covers_the_wording_and_a_revision_detects_a_changed_text() {
        Agreement agreement = Fixtures.draft();
        String before = AgreementFingerprint.of(agreement);
        agreement.revise(Fixtures.content(), reworded(), agreement.version(), "drafter", Fixtures.NOW);
        assertNotEquals(before, AgreementFingerprint.of(agreement));

        Revision revision = revisionOf(agreement);
        assertTrue(revision.isIntact());
        assertEquals(AgreementFingerprint.of(agreement), revision.contentHash());
        TreeMap<String, String> forged = new TreeMap<>(revision.fields());
        forged.put("term.years", "50");
        Revision tampered = new Revision(revision.agreementId(), revision.number(), forged, revision.wording(),
                revision.contentHash(), revision.author(), revision.savedAt(), revision.agreementVersion());
        assertFalse(tampered.isIntact());
    }

    @Test
    void the_fields_are_kept_by_value_with_flat_names() {
        Revision revision = revisionOf(Fixtures.draft());
        assertEquals("Ынтымақтастық туралы келісім", revision.fields().get("title.kk"));
        assertEquals("Омбы облысының Үкіметі", revision.fields().get("parties[0].organization.kk"));
        assertEquals("5", revision.fields().get("term.years"));
        assertEquals("DIGITALISATION,EDUCATION", revision.fields().get("areas"));
    }

    @Test
    void submitting_needs_every_article_in_every_language_but_saving_does_not() {
        Agreement agreement = Fixtures.draft();
        List<Clause> clauses = new ArrayList<>(Fixtures.wording().clauses());
        clauses.add(new Clause("museums", LocalizedText.of("Музеи", null, null), LocalizedText.of("Музеи обмениваются выставками.", null, null)));
        Wording untranslated = new Wording(Fixtures.wording().kindName(), Fixtures.wording().placeAndDate(),
                Fixtures.wording().preamble(), new AgreementText(clauses), Fixtures.wording().equallyAuthentic());
        agreement.revise(Fixtures.content(), untranslated, agreement.version(), "drafter", Fixtures.NOW);

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> agreement.perform(LifecycleAction.SUBMIT, agreement.version(), null, "drafter", Fixtures.NOW));
        assertEquals(Set.of("wording.clauses[2].text.kk", "wording.clauses[2].heading.kk"),
                refused.errors().stream().map(FieldError::field).collect(java.util.stream.Collectors.toSet()));
        assertEquals(AgreementStatus.DRAFT, agreement.status());
    }

    @Test
    void oversize_texts_are_refused_naming_the_field_and_the_limit() {
        Agreement agreement = Fixtures.draft();
        Wording huge = new Wording(null, null, LocalizedText.of("П".repeat(Wording.MAX_PARAGRAPH_LENGTH + 1), null, null),
                AgreementText.of(new Clause("subject", null, LocalizedText.of(null, "Ә".repeat(Wording.MAX_CLAUSE_LENGTH + 1), null))),
                null);
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> agreement.revise(Fixtures.content(), huge, agreement.version(), "drafter", Fixtures.NOW));
        assertEquals(List.of("wording.preamble.ru", "wording.clauses[0].text.kk"),
                refused.errors().stream().map(FieldError::field).toList());
        assertTrue(refused.errors().get(1).message().contains("20000"), refused.getMessage());
    }

    @Test
    void the_whole_wording_has_a_limit_too() {
        List<Clause> clauses = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String text = "ы".repeat(Wording.MAX_CLAUSE_LENGTH);
            clauses.add(new Clause("c-" + i, null, LocalizedText.of(text, text, null)));
        }
        Wording tooMuch = new Wording(null, null, null, new AgreementText(clauses), null);
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> tooMuch.checkSizes("wording", new org.pactum.domain.error.Violations()).throwIfAny());
        assertEquals("wording", refused.errors().getFirst().field());
    }

    @Test
    void a_language_dropped_from_the_agreement_is_dropped_from_its_wording() {
        Wording kazakhOnly = Fixtures.wording().in(List.of(org.pactum.domain.language.Language.KK));
        assertTrue(kazakhOnly.clauses().stream().noneMatch(clause -> clause.text().has(org.pactum.domain.language.Language.RU)));
        assertEquals("Мәні", kazakhOnly.clauses().getFirst().heading().in(org.pactum.domain.language.Language.KK).orElseThrow());
    }

    /** As Revision.of, for an agreement never stored and so without an id. */
    private static Revision revisionOf(Agreement agreement) {
        return new Revision(1L, agreement.revision(), AgreementFingerprint.fields(agreement), agreement.wording(),
                AgreementFingerprint.of(agreement), agreement.updatedBy(), agreement.updatedAt(), agreement.version());
    }

    private static Wording reworded() {
        Wording wording = Fixtures.wording();
        List<Clause> clauses = new ArrayList<>(wording.clauses());
        Clause first = clauses.getFirst();
        clauses.set(0, new Clause(first.key(), first.heading(),
                LocalizedText.of("Стороны развивают сотрудничество.", "Тараптар ынтымақтастықты жан-жақты дамытады.", null)));
        return new Wording(wording.kindName(), wording.placeAndDate(), wording.preamble(), new AgreementText(clauses),
                wording.equallyAuthentic());
    }
}
