package org.pactum.drafting.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PrintedAgreementTest {

    @Test
    void a_reference_number_is_its_own_file_name() {
        PrintedAgreement printed = new PrintedAgreement(new byte[0], "PA-2026-00017", "-preview.pdf");
        assertEquals("PA-2026-00017-preview.pdf", printed.fileName());
        assertEquals("PA-2026-00017-preview.pdf", printed.printedFileName());
    }

    @Test
    void a_registration_number_in_cyrillic_with_a_slash_keeps_to_ascii_in_the_plain_name_only() {
        PrintedAgreement printed = new PrintedAgreement(new byte[0], "СС-2026/017", "-revision-2.pdf");
        assertEquals("-2026_017-revision-2.pdf", printed.fileName());
        assertEquals("СС-2026/017-revision-2.pdf", printed.printedFileName());
    }

    @Test
    void a_number_of_nothing_but_cyrillic_still_names_a_file() {
        assertEquals("agreement-preview.pdf", new PrintedAgreement(new byte[0], "СС", "-preview.pdf").fileName());
    }
}
