package org.pactum.web.faces;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.pactum.drafting.entity.ClauseChangeKind;
import org.pactum.pdf.certificate.ActionNames;

/** The three interface languages say the same things: same keys, every enum value named, nothing left empty. */
class MessageBundlesTest {

    @Test
    void in_every_area_kazakh_and_english_have_exactly_the_russian_keys() throws IOException {
        List<Executable> checks = new ArrayList<>();
        for (String area : AreaMessages.AREAS) {
            Set<String> russian = keys(area, "ru");
            checks.add(() -> assertFalse(russian.isEmpty(), area + " has texts"));
            checks.add(() -> assertEquals(russian, keys(area, "kk"), area + "/messages_kk"));
            checks.add(() -> assertEquals(russian, keys(area, "en"), area + "/messages_en"));
        }
        assertAll(checks);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "kk", "en"})
    void every_status_kind_area_action_role_language_audit_action_placeholder_and_part_has_a_label(String code) throws IOException {
        Map<String, String> texts = AreaMessages.read(code);
        List<String> wanted = new ArrayList<>();
        Stream.of(AgreementStatus.values()).forEach(v -> wanted.add("status." + v));
        Stream.of(AgreementKind.values()).forEach(v -> wanted.add("kind." + v));
        Stream.of(CooperationArea.values()).forEach(v -> wanted.add("area." + v));
        Stream.of(LifecycleAction.values()).forEach(v -> wanted.add("action." + v));
        Stream.of(Role.values()).forEach(v -> wanted.add("role." + v));
        Stream.of(Language.values()).forEach(v -> wanted.add("language." + v.code()));
        Stream.of(Language.values()).forEach(v -> wanted.add("certificate.pdf." + v.code()));
        Stream.of(Placeholder.values()).forEach(v -> wanted.add("placeholder." + v.token()));
        Stream.of(ClauseChangeKind.values()).forEach(v -> wanted.add("draft.conflict." + v));
        Stream.of("title", "parties", "areas", "term", "languages", "kind", "kindName", "placeAndDate", "preamble",
                "equallyAuthentic").forEach(part -> wanted.add("draft.part." + part));
        assertAll(wanted.stream().map(key -> (Executable) () -> assertFalse(texts.getOrDefault(key, "").isBlank(), code + ": " + key)));
        // The audit screen names actions with the certificate's words (pactum-pdf), so they are worded once for both.
        Language language = Language.fromCode(code).orElseThrow();
        assertAll(Stream.of(AuditAction.values()).map(v -> (Executable) () -> assertNotEquals(v.code(),
                ActionNames.of(v, language), code + ": " + v.code())));
    }

    @Test
    void the_bundles_are_read_as_utf_8_the_way_faces_reads_them() {
        ResourceBundle kazakh = ResourceBundle.getBundle(PageMessages.BUNDLE, Locale.of("kk"));
        assertEquals("Келісуде", kazakh.getString("status.IN_APPROVAL"));
        assertEquals("Қол қойылды", kazakh.getString("status.SIGNED"));
        assertTrue(kazakh.getString("kind.SISTER_CITY_AGREEMENT").startsWith("Бауырлас"));
    }

    @Test
    void the_areas_together_are_the_bundle_the_pages_read() {
        ResourceBundle english = ResourceBundle.getBundle(PageMessages.BUNDLE, Locale.ENGLISH);
        assertEquals(AreaMessages.read("en").keySet(), english.keySet());
        assertTrue(english.getString("draft.new.title").length() > 3, "drafting's texts");
        assertTrue(english.getString("status.SIGNED").length() > 3, "the shared texts");
    }

    private static Set<String> keys(String area, String code) throws IOException {
        return new TreeSet<>(load(area, code).stringPropertyNames());
    }

    private static Properties load(String area, String code) throws IOException {
        String name = "org/pactum/web/" + area + "/messages_" + code + ".properties";
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(name)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
