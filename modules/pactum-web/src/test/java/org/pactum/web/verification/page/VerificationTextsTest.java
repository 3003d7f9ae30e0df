package org.pactum.web.verification.page;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pactum.verification.entity.ModificationLevel;
import org.pactum.verification.entity.SubIndication;
import org.pactum.web.faces.AreaMessages;
import org.pactum.web.publicverification.CopyRelation;

/** Whatever a report can say is said in words on the pages, in each of the three languages. */
class VerificationTextsTest {

    private static final List<String> INDICATIONS = List.of("TOTAL_PASSED", "TOTAL_FAILED", "INDETERMINATE",
            "NO_SIGNATURE_FOUND");

    @ParameterizedTest
    @ValueSource(strings = {"ru", "kk", "en"})
    void every_indication_sub_indication_modification_level_verdict_and_copy_relation_has_words(String code) {
        Map<String, String> texts = AreaMessages.read(code);
        List<String> wanted = new ArrayList<>();
        INDICATIONS.forEach(indication -> Stream.of("verify.indication." + indication,
                "verify.indication." + indication + ".text", "publicVerify.indication." + indication).forEach(wanted::add));
        Stream.of(SubIndication.values()).forEach(value -> wanted.add("verify.sub." + value));
        Stream.of(ModificationLevel.values()).forEach(value -> wanted.add("verify.modification." + value));
        Stream.of(Verdict.values()).forEach(value -> wanted.add("verify.tone." + value));
        Stream.of(CopyRelation.values()).forEach(value -> wanted.add("publicVerify.relation." + value));
        wanted.add("nav.verification");
        assertAll(wanted.stream().map(key -> (Executable) () -> assertFalse(texts.getOrDefault(key, "").isBlank(),
                code + ": " + key)));
    }
}
