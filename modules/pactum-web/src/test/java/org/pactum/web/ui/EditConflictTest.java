package org.pactum.web.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.pactum.domain.agreement.Revision;
import org.pactum.domain.language.Language;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.text.AgreementText;
import org.pactum.domain.text.Clause;
import org.pactum.domain.text.Wording;
import org.pactum.web.ui.ChangedArticle.Change;

class EditConflictTest {

    private static final Clause SUBJECT = clause("subject", "Предмет", "Мәні", "Стороны сотрудничают.", "Тараптар ынтымақтасады.");
    private static final Clause COSTS = clause("costs", "Расходы", "Шығыстар", "Каждая Сторона несёт свои.", "Әр Тарап өзі көтереді.");
    private static final Clause TERM = clause("term", "Срок", "Мерзім", "Пять лет.", "Бес жыл.");
    private static final Clause DISPUTES = clause("disputes", "Споры", "Даулар", "Переговоры.", "Келіссөздер.");

    @Test
    void articles_are_compared_by_key_a_moved_one_is_moved_not_removed_and_added() {
        Wording seen = wording(SUBJECT, COSTS, TERM, DISPUTES);
        Clause reworded = clause("subject", "Предмет", "Мәні", "Стороны сотрудничают.", "Тараптар тығыз ынтымақтасады.");
        Clause added = clause("c-5", "Конфиденциальность", "Құпиялылық", "Не раскрывают.", "Жария етпейді.");
        Wording current = wording(reworded, TERM, added, DISPUTES, COSTS);

        List<ChangedArticle> changes = EditConflict.articles(seen, current, Language.KK);

        assertEquals(List.of(
                new ChangedArticle(1, new Shown("Мәні", "kk"), Change.REWORDED, List.of("kk")),
                new ChangedArticle(3, new Shown("Құпиялылық", "kk"), Change.ADDED, List.of()),
                new ChangedArticle(5, new Shown("Шығыстар", "kk"), Change.MOVED, List.of())), changes,
                "term and disputes keep their order among the common articles: not moved");
    }

    @Test
    void a_removed_article_is_named_by_its_number_in_the_revision_the_user_started_from() {
        List<ChangedArticle> changes = EditConflict.articles(wording(SUBJECT, COSTS, TERM), wording(SUBJECT, TERM), Language.RU);
        assertEquals(List.of(new ChangedArticle(2, new Shown("Расходы", "ru"), Change.REMOVED, List.of())), changes);
    }

    @Test
    void other_changes_are_named_by_part() {
        TreeMap<String, String> before = new TreeMap<>();
        before.put("number", "PA-2026-00001");
        before.put("title.ru", "Соглашение");
        before.put("parties[1].id", "7");
        before.put("term.years", "5");
        TreeMap<String, String> after = new TreeMap<>(before);
        after.put("title.kk", "Келісім");
        after.put("parties[1].id", "8");
        Wording seen = wording(SUBJECT);
        Wording current = new Wording(seen.kindName(), seen.placeAndDate(), LocalizedText.of("Стороны договорились", "Тараптар келісті", null),
                seen.text(), seen.equallyAuthentic());

        assertEquals(List.of("parties", "title", "preamble"),
                EditConflict.otherParts(revision(1, before, seen), revision(2, after, current)));
    }

    private static Revision revision(int number, TreeMap<String, String> fields, Wording wording) {
        return new Revision(1, number, fields, wording, "0".repeat(64), "drafter", Instant.EPOCH, number);
    }

    private static Wording wording(Clause... clauses) {
        return new Wording(LocalizedText.of("Соглашение", "Келісім", null), null, LocalizedText.of("Стороны", "Тараптар ", null),
                AgreementText.of(clauses), null);
    }

    private static Clause clause(String key, String headingRu, String headingKk, String ru, String kk) {
        return new Clause(key, LocalizedText.of(headingRu, headingKk, null), LocalizedText.of(ru, kk, null));
    }
}
