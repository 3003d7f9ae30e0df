package org.pactum.verification.control.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pactum.domain.agreement.AgreementStatus;
import org.pactum.domain.language.Language;
import org.pactum.domain.route.DecisionKind;
import org.pactum.verification.entity.Indication;
import org.pactum.verification.entity.ModificationLevel;
import org.pactum.verification.entity.SubIndication;

/** Every language says everything: the same keys, and words for every verdict, reason and kind of change. */
class ReportWordsTest {

    @Test
    void russian_kazakh_and_english_have_the_same_keys() throws IOException {
        Set<String> russian = keys(Language.RU);
        assertEquals(russian, keys(Language.KK));
        assertEquals(russian, keys(Language.EN));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void every_indication_sub_indication_change_and_status_is_explained(Language language) {
        ReportWords words = ReportWords.of(language);
        for (Indication indication : Indication.values()) {
            assertTrue(words.knows("verdict", indication.name()), indication.name());
            assertTrue(words.knows("verdict.explained", indication.name()), indication.name());
            assertTrue(words.knows("signature.verdict", indication.name()), indication.name());
        }
        assertTrue(words.knows("verdict", "NO_SIGNATURE_FOUND"));
        for (SubIndication subIndication : SubIndication.values()) {
            assertTrue(words.knows("subIndication", subIndication.name()), subIndication.name());
        }
        for (ModificationLevel level : ModificationLevel.values()) {
            assertTrue(words.knows("modification", level.name()), level.name());
        }
        for (AgreementStatus status : AgreementStatus.values()) {
            assertTrue(words.knows("status", status.name()), status.name());
        }
        for (DecisionKind decision : DecisionKind.values()) {
            assertTrue(words.knows("decision", decision.name()), decision.name());
        }
    }

    @Test
    void a_code_this_version_does_not_know_is_shown_as_it_is() {
        assertEquals("SOMETHING_NEW", ReportWords.of(Language.RU).nameOf("subIndication", "SOMETHING_NEW"));
    }

    private static Set<String> keys(Language language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ReportWords.class.getResourceAsStream("report_" + language.code() + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties.stringPropertyNames();
    }
}
