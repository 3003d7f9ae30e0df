package org.pactum.web.drafting;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.pactum.domain.agreement.AgreementStatus;
import org.pactum.domain.agreement.Revision;
import org.pactum.domain.language.Language;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.text.AgreementText;
import org.pactum.domain.text.Clause;
import org.pactum.domain.text.Wording;
import org.pactum.drafting.boundary.Drafting;
import org.pactum.drafting.entity.ClauseChangeKind;
import org.pactum.web.faces.Shown;

class ConflictNoticeTest {

    private static final Clause SUBJECT = clause("subject", "Предмет", "Мәні", "Стороны сотрудничают.", "Тараптар ынтымақтасады.");
    private static final Clause COSTS = clause("costs", "Расходы", "Шығыстар", "Каждая Сторона несёт свои.", "Әр Тарап өзі көтереді.");
    private static final Clause TERM = clause("term", "Срок", "Мерзім", "Пять лет.", "Бес жыл.");
    private static final Clause DISPUTES = clause("disputes", "Споры", "Даулар", "Переговоры.", "Келіссөздер.");
    private static final TreeMap<String, String> FIELDS = new TreeMap<>(java.util.Map.of("number", "PA-2026-00001",
            "title.ru", "Соглашение", "parties[1].id", "7", "term.years", "5"));

    @Test
    void articles_are_named_by_their_number_heading_and_what_happened_to_them() {
        Clause reworded = clause("subject", "Предмет", "Мәні", "Стороны сотрудничают.", "Тараптар тығыз ынтымақтасады.");
        Clause added = clause("c-5", "Конфиденциальность", "Құпиялылық", "Не раскрывают.", "Жария етпейді.");
        ConflictNotice conflict = conflict(wording(SUBJECT, COSTS, TERM, DISPUTES), FIELDS,
                wording(reworded, TERM, added, DISPUTES), FIELDS, Language.KK);

        assertEquals(List.of(
                new ChangedArticle(1, new Shown("Мәні", "kk"), ClauseChangeKind.REWORDED, List.of("kk")),
                new ChangedArticle(2, new Shown("Шығыстар", "kk"), ClauseChangeKind.REMOVED, List.of()),
                new ChangedArticle(3, new Shown("Құпиялылық", "kk"), ClauseChangeKind.ADDED, List.of())),
                conflict.articles(), "term and disputes were only renumbered: not listed");
        assertAll(
                () -> assertEquals(1, conflict.seenRevision()),
                () -> assertEquals(2, conflict.currentRevision()),
                () -> assertTrue(conflict.otherParts().isEmpty()),
                () -> assertTrue(conflict.isStillDraft()));
    }

    @Test
    void other_changes_are_named_by_part() {
        TreeMap<String, String> after = new TreeMap<>(FIELDS);
        after.put("title.kk", "Келісім");
        after.put("parties[1].id", "8");
        Wording seen = wording(SUBJECT);
        Wording current = new Wording(seen.kindName(), seen.placeAndDate(), LocalizedText.of("Стороны договорились", "Тараптар келісті", null),
                seen.text(), seen.equallyAuthentic());

        assertEquals(List.of("parties", "title", "preamble"), conflict(seen, FIELDS, current, after, Language.RU).otherParts());
    }

    @Test
    void without_the_revision_the_user_started_from_nothing_is_compared() {
        ConflictNotice conflict = ConflictNotice.of("Анна Кравец", Optional.empty(), revision(4, FIELDS, wording(SUBJECT)), 9,
                AgreementStatus.IN_APPROVAL, Language.RU);
        assertAll(
                () -> assertFalse(conflict.isSeenKnown()),
                () -> assertFalse(conflict.isStillDraft(), "submitted meanwhile: no saving over it"),
                () -> assertTrue(conflict.articles().isEmpty()),
                () -> assertEquals(9, conflict.currentVersion()));
    }

    private static ConflictNotice conflict(Wording seen, TreeMap<String, String> seenFields, Wording now,
                                         TreeMap<String, String> currentFields, Language reader) {
        Revision current = revision(2, currentFields, now);
        return ConflictNotice.of("Анна Кравец", Optional.of(new Drafting().compare(revision(1, seenFields, seen), current)),
                current, 2, AgreementStatus.DRAFT, reader);
    }

    private static Revision revision(int number, TreeMap<String, String> fields, Wording wording) {
        return new Revision(1, number, fields, wording, "0".repeat(64), "drafter", Instant.EPOCH, number);
    }

    private static Wording wording(Clause... clauses) {
        return new Wording(LocalizedText.of("Соглашение", "Келісім", null), null, LocalizedText.of("Стороны", "Тараптар", null),
                AgreementText.of(clauses), null);
    }

    private static Clause clause(String key, String headingRu, String headingKk, String ru, String kk) {
        return new Clause(key, LocalizedText.of(headingRu, headingKk, null), LocalizedText.of(ru, kk, null));
    }
}
