package org.pactum.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pactum.domain.agreement.Revision;
import org.pactum.domain.canonical.Sha256;
import org.pactum.domain.language.Language;
import org.pactum.fixtures.Wordings;

/** A revision read back from its stored row: the content the domain hashed, and the hash recorded then. */
class RevisionRowsTest {

    private final Revision saved = Wordings.revision(51, 3, 7);

    @Test
    void the_canonical_json_reads_back_as_equal_fields_and_wording_with_the_same_hash() {
        RevisionContent content = RevisionContent.read(saved.canonical());

        assertEquals(saved.fields(), content.fields());
        assertEquals(saved.wording(), content.wording());
        Revision read = RevisionRows.revision(row(saved.canonical(), saved.contentHash()));
        assertEquals(saved, read);
        assertEquals(saved.canonical(), read.canonical());
        assertEquals(Sha256.hex(read.canonical()), read.contentHash());
        assertTrue(read.isIntact());
    }

    @Test
    void a_revision_whose_content_was_changed_after_saving_is_returned_as_stored_and_is_not_intact() {
        String changed = saved.canonical().replace("Стороны развивают", "Стороны прекращают");

        Revision read = RevisionRows.revision(row(changed, saved.contentHash()));

        assertEquals(saved.contentHash(), read.contentHash(), "the recorded hash, not one computed now");
        assertTrue(read.wording().clauses().get(0).text().preferring(Language.RU).contains("прекращают"));
        assertFalse(read.isIntact());
    }

    @Test
    void a_revision_whose_stored_hash_was_changed_is_not_intact() {
        Revision read = RevisionRows.revision(row(saved.canonical(), Sha256.hex("something else")));

        assertFalse(read.isIntact());
    }

    @Test
    void content_that_is_no_longer_canonical_json_is_refused_rather_than_judged_by_a_re_encoding() {
        String reformatted = saved.canonical().replace("{\"fields\":{", "{ \"fields\": {");
        String extraMember = saved.canonical().replace("{\"fields\":{", "{\"approved\":\"yes\",\"fields\":{");
        String padded = saved.canonical().replace("\"Соглашение\"", "\"Соглашение \"");

        for (String content : List.of(reformatted, extraMember, padded, "{\"fields\":[]}", "")) {
            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> RevisionRows.revision(row(content, saved.contentHash())), content);
            assertTrue(refused.getMessage().contains("revision 3 of agreement 51"), refused.getMessage());
        }
    }

    @Test
    void a_revision_is_written_with_its_canonical_json_and_its_time_in_utc() {
        List<Object> values = RevisionRows.values(saved);

        assertEquals(List.of(51L, 3, saved.canonical(), saved.contentHash(), "drafter",
                OffsetDateTime.parse("2026-11-22T08:00:00.123456Z"), 7L), values);
    }

    private NativeRow row(String content, String hash) {
        return new NativeRow(new Object[] {51L, 3, content, hash, "drafter", OffsetDateTime.parse("2026-11-22T13:00:00.123456+05:00"), 7L});
    }
}
