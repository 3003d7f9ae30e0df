package org.pactum.drafting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pactum.drafting.entity.Segment;
import org.pactum.drafting.entity.SegmentKind;

class WordDiffTest {

    @Test
    void kazakh_letters_are_part_of_words_and_punctuation_stands_alone() {
        assertEquals(List.of("Павлодар", " ", "облысының", " ", "әкімдігі", ",", " ", "Ұлттық", " ", "ғылым", "-", "өңір", ":", " ",
                        "ӘҒҚҢӨҰҮҺІ", " ", "әғқңөұүһі", "."),
                WordDiff.tokens("Павлодар облысының әкімдігі, Ұлттық ғылым-өңір: ӘҒҚҢӨҰҮҺІ әғқңөұүһі."));
    }

    @Test
    void a_replaced_word_is_struck_through_then_inserted() {
        assertEquals(List.of(
                        new Segment(SegmentKind.EQUAL, "Стороны сотрудничают в "),
                        new Segment(SegmentKind.DELETED, "следующих"),
                        new Segment(SegmentKind.INSERTED, "приоритетных"),
                        new Segment(SegmentKind.EQUAL, " сферах.")),
                WordDiff.between("Стороны сотрудничают в следующих сферах.", "Стороны сотрудничают в приоритетных сферах."));
    }

    @Test
    void neighbouring_replaced_words_read_as_one_deletion_and_one_insertion() {
        assertEquals(List.of(
                        new Segment(SegmentKind.EQUAL, "Тараптар "),
                        new Segment(SegmentKind.DELETED, "өзге де"),
                        new Segment(SegmentKind.INSERTED, "жаңа"),
                        new Segment(SegmentKind.EQUAL, " бағыттарын айқындай алады.")),
                WordDiff.between("Тараптар өзге де бағыттарын айқындай алады.", "Тараптар жаңа бағыттарын айқындай алады."));
    }

    @Test
    void a_paragraph_break_keeps_changes_in_two_paragraphs_apart() {
        assertEquals(List.of(
                        new Segment(SegmentKind.EQUAL, "Первый "),
                        new Segment(SegmentKind.DELETED, "абзац"),
                        new Segment(SegmentKind.INSERTED, "пункт"),
                        new Segment(SegmentKind.EQUAL, "\n\n"),
                        new Segment(SegmentKind.DELETED, "Второй"),
                        new Segment(SegmentKind.INSERTED, "Следующий"),
                        new Segment(SegmentKind.EQUAL, " абзац.")),
                WordDiff.between("Первый абзац\n\nВторой абзац.", "Первый пункт\n\nСледующий абзац."));
    }

    @Test
    void a_text_only_in_one_revision_is_wholly_inserted_or_deleted() {
        assertEquals(List.of(new Segment(SegmentKind.INSERTED, "Жаңа бап.")), WordDiff.between(null, "Жаңа бап."));
        assertEquals(List.of(new Segment(SegmentKind.DELETED, "Жаңа бап.")), WordDiff.between("Жаңа бап.", null));
        assertEquals(List.of(), WordDiff.between(null, null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Стороны развивают сотрудничество.|Стороны, в пределах компетенции, развивают сотрудничество!
            {party1.organization} и {party2.organization}|{party2.organization} и <script>alert('{x}')</script>
            Тараптар\\n\\nынтымақтасады.|Тараптар\\nынтымақтасады  әрі\\n\\nдамытады.
            a b c d e f|f e d c b a
            """)
    void the_segments_give_back_both_texts_exactly(String before, String after) {
        String old = before.replace("\\n", "\n");
        String current = after.replace("\\n", "\n");
        List<Segment> segments = WordDiff.between(old, current);
        assertEquals(old, join(segments, SegmentKind.INSERTED));
        assertEquals(current, join(segments, SegmentKind.DELETED));
        for (int i = 1; i < segments.size(); i++) {
            assertEquals(false, segments.get(i).kind() == segments.get(i - 1).kind(), "merged: " + segments);
        }
    }

    private static String join(List<Segment> segments, SegmentKind leftOut) {
        return segments.stream().filter(segment -> segment.kind() != leftOut).map(Segment::text).collect(Collectors.joining());
    }

    @Test
    void sentences_split_after_their_closing_mark_and_at_line_breaks_and_join_back_to_the_text() {
        String text = "Стороны сотрудничают. Тараптар ынтымақтасады!\n\nАбзац второй; часть 2. Конец";
        assertEquals(List.of("Стороны сотрудничают. ", "Тараптар ынтымақтасады!\n\n", "Абзац второй; ", "часть 2. ", "Конец"),
                WordDiff.sentences(text));
        assertEquals(text, String.join("", WordDiff.sentences(text)));
    }

    @Test
    void in_a_long_article_only_the_edited_sentence_is_compared_and_marked() {
        String sentence = "Тараптар өзара тиімді негізде ынтымақтасады. ";
        String before = sentence.repeat(400) + "Соңғы сөйлем.";
        String after = sentence.repeat(400) + "Соңғы жаңа сөйлем.";
        List<Segment> segments = WordDiff.between(before, after);
        assertEquals(List.of(new Segment(SegmentKind.EQUAL, sentence.repeat(400) + "Соңғы "),
                new Segment(SegmentKind.INSERTED, "жаңа "), new Segment(SegmentKind.EQUAL, "сөйлем.")), segments);
    }

    @Test
    void a_long_stretch_rewritten_end_to_end_is_struck_through_and_replaced_as_a_whole() {
        String before = "слово ".repeat(WordDiff.MAX_TOKENS_COMPARED).strip();
        String after = "сөз ".repeat(WordDiff.MAX_TOKENS_COMPARED).strip();
        assertEquals(List.of(new Segment(SegmentKind.DELETED, before), new Segment(SegmentKind.INSERTED, after)),
                WordDiff.between(before, after));
    }
}
