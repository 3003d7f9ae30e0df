package org.pactum.verification.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pactum.verification.control.AttackFiles;
import org.pactum.verification.control.RevisionAnalysis;
import org.pactum.verification.control.SignatureVerifier;

/** The whole document's verdict, as the endpoint gives it, on one attack file of each class and on genuine files. */
class AttackVerdictTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void no_attack_file_passes(String attack, byte[] pdf) {
        assertNotEquals("TOTAL_PASSED", verdict(pdf), attack);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("genuine")
    void pactums_own_signed_agreements_pass(String file, byte[] pdf) {
        assertEquals("TOTAL_PASSED", verdict(pdf), file);
    }

    private static String verdict(byte[] pdf) {
        return Verification.indication(SignatureVerifier.verify(pdf, AttackFiles.trust(), Instant.now()),
                RevisionAnalysis.analyse(pdf));
    }

    static Stream<Arguments> attacks() {
        return arguments(AttackFiles.attacks());
    }

    static Stream<Arguments> genuine() {
        return arguments(AttackFiles.genuine());
    }

    private static Stream<Arguments> arguments(Map<String, byte[]> files) {
        return files.entrySet().stream().map(file -> Arguments.of(file.getKey(), file.getValue()));
    }
}
