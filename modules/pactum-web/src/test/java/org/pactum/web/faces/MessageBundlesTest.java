package org.pactum.web.faces;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pactum.domain.agreement.AgreementKind;
import org.pactum.domain.agreement.AgreementStatus;
import org.pactum.domain.agreement.CooperationArea;
import org.pactum.domain.agreement.LifecycleAction;
import org.pactum.domain.audit.AuditAction;
import org.pactum.domain.language.Language;
import org.pactum.domain.text.Placeholder;
import org.pactum.domain.user.Role;
import org.pactum.domain.text.Placeholder;
import org.pactum.drafting.entity.ClauseChangeKind;

/** The three interface languages say the same things: same keys, every enum value named, nothing left empty. */
class MessageBundlesTest {

    private static final String BASE = "org/pactum/web/ui/messages_";

    @Test
    void kazakh_and_english_have_exactly_the_russian_keys() throws IOException {
        Set<String> russian = keys("ru");
        assertAll(
                () -> assertEquals(russian, keys("kk"), "messages_kk"),
                () -> assertEquals(russian, keys("en"), "messages_en"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "kk", "en"})
    void every_status_kind_area_action_role_language_audit_action_placeholder_and_part_has_a_label(String code) throws IOException {
        Properties texts = load(code);
        List<String> wanted = new ArrayList<>();
        Stream.of(AgreementStatus.values()).forEach(v -> wanted.add("status." + v));
        Stream.of(AgreementKind.values()).forEach(v -> wanted.add("kind." + v));
        Stream.of(CooperationArea.values()).forEach(v -> wanted.add("area." + v));
        Stream.of(LifecycleAction.values()).forEach(v -> wanted.add("action." + v));
        Stream.of(Role.values()).forEach(v -> wanted.add("role." + v));
        Stream.of(Language.values()).forEach(v -> wanted.add("language." + v.code()));
        Stream.of(Language.values()).forEach(v -> wanted.add("certificate.pdf." + v.code()));
        Stream.of(AuditAction.values()).forEach(v -> wanted.add("audit.action." + v.code()));
        Stream.of(Placeholder.values()).forEach(v -> wanted.add("placeholder." + v.token()));
        Stream.of(ClauseChangeKind.values()).forEach(v -> wanted.add("draft.conflict." + v));
        Stream.of("title", "parties", "areas", "term", "languages", "kind", "kindName", "placeAndDate", "preamble",
                "equallyAuthentic").forEach(part -> wanted.add("draft.part." + part));
        assertAll(wanted.stream().map(key -> (Executable) () -> assertFalse(texts.getProperty(key, "").isBlank(), code + ": " + key)));
    }

    @Test
    void the_bundles_are_read_as_utf_8_the_way_faces_reads_them() {
        ResourceBundle kazakh = ResourceBundle.getBundle("org.pactum.web.ui.messages", Locale.of("kk"));
        assertEquals("Келісуде", kazakh.getString("status.IN_APPROVAL"));
        assertEquals("Қол қойылды", kazakh.getString("status.SIGNED"));
        assertTrue(kazakh.getString("kind.SISTER_CITY_AGREEMENT").startsWith("Бауырлас"));
    }

    private static Set<String> keys(String code) throws IOException {
        return new TreeSet<>(load(code).stringPropertyNames());
    }

    private static Properties load(String code) throws IOException {
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(BASE + code + ".properties")) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
