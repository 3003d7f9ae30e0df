package org.pactum.pdf.certificate;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pactum.domain.audit.AuditAction;
import org.pactum.domain.language.Language;

/** The certificate prints every action in its own language: no code such as {@code comment.added} printed raw. */
class ActionLabelsTest {

    @ParameterizedTest
    @EnumSource(Language.class)
    void every_audit_action_has_a_label_of_its_own_in_each_language(Language language) throws IOException {
        // Read from the language's own file, so a label missing in one language cannot hide behind another's.
        Properties labels = new Properties();
        String file = "/org/pactum/pdf/certificate/labels_" + language.code() + ".properties";
        try (InputStream in = ActionLabelsTest.class.getResourceAsStream(file)) {
            assertNotNull(in, file);
            labels.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertAll(Arrays.stream(AuditAction.values()).map(action -> () -> {
            String label = labels.getProperty("action." + action.code());
            assertNotNull(label, "no " + language.code() + " label for " + action.code());
            assertFalse(label.isBlank() || label.equals(action.code()), action.code());
        }));
    }
}
