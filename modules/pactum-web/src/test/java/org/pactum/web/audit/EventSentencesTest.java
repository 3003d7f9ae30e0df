package org.pactum.web.audit;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pactum.domain.language.Language;
import org.pactum.domain.language.LocalizedText;
import org.pactum.web.faces.AreaMessages;
import org.pactum.web.faces.DateDisplay;

/** Each family of audit events reads as sentences in each interface language, never as raw JSON or codes. */
class EventSentencesTest {

    private static final String HASH = "ab".repeat(32);
    private static final Map<String, String> NAMES = Map.of("approver1", "Ирина Петрова", "signer1", "Алексей Смирнов");

    static EventSentences in(String language) {
        Map<String, String> texts = AreaMessages.read(language);
        return new EventSentences(texts::get, Locale.forLanguageTag(language), DateDisplay.in("Asia/Omsk"),
                login -> NAMES.getOrDefault(login, login));
    }

    /** What the directory and the routing setup hold: party 4, region KZ-63, route "standard", group "lawyers". */
    private static final Map<String, LocalizedText> KNOWN = Map.of(
            "party 4", LocalizedText.of("Акимат Омской области", "Омбы облысының әкімдігі", "Akimat of Omsk Region"),
            "region KZ-63", LocalizedText.of("Восточно-Казахстанская область", "Шығыс Қазақстан облысы", "East Kazakhstan Region"),
            "route standard", LocalizedText.of("Стандартный маршрут", "Стандартты бағыт", "Standard route"),
            "group lawyers", LocalizedText.of("Юристы", "Заңгерлер", null));

    static EventSentences named(String language) {
        Map<String, String> texts = AreaMessages.read(language);
        return new EventSentences(texts::get, Locale.forLanguageTag(language), DateDisplay.in("Asia/Omsk"),
                login -> NAMES.getOrDefault(login, login),
                (thing, code) -> Optional.ofNullable(KNOWN.get(thing + " " + code)));
    }

    private static List<String> saidNamed(String language, String action, String json) {
        return named(language).of(action, json).stream().map(DetailSentence::whole).toList();
    }

    private static List<String> said(String language, String action, String json) {
        return in(language).of(action, json).stream().map(DetailSentence::whole).toList();
    }

    private static final String APPROVED = "{\"from\":\"IN_APPROVAL\",\"kind\":\"MEMORANDUM_OF_COOPERATION\","
            + "\"number\":\"PA-2026-00002\",\"reason\":null,\"registrationDate\":\"2026-03-05\","
            + "\"registrationNumber\":\"МС-2026/002\",\"revision\":2,\"to\":\"APPROVED\"}";

    @Test
    void a_status_change_says_from_what_to_what_with_the_registration_and_revision_in_russian() {
        assertEquals(List.of("Статус изменён: на согласовании → согласовано.",
                        "Зарегистрировано под номером МС-2026/002 от 05.03.2026.", "Вид: Меморандум о сотрудничестве.",
                        "Редакция 2."),
                said("ru", "agreement.approved", APPROVED));
    }

    @Test
    void a_status_change_in_kazakh_and_english() {
        assertAll(
                () -> assertEquals(List.of("Мәртебесі өзгерді: келісуде → келісілді.",
                        "05.03.2026 күні МС-2026/002 нөмірімен тіркелді.", "Түрі: Ынтымақтастық туралы меморандум.",
                        "2-редакция."), said("kk", "agreement.approved", APPROVED)),
                () -> assertEquals(List.of("Status changed: in approval → approved.", "Registered as МС-2026/002 on 05.03.2026.",
                        "Kind: Memorandum of cooperation.", "Revision 2."), said("en", "agreement.approved", APPROVED)));
    }

    @Test
    void a_return_gives_its_reason_and_a_new_draft_its_status() {
        assertAll(
                () -> assertTrue(said("ru", "agreement.returned", "{\"from\":\"IN_APPROVAL\",\"reason\":\"Уточнить срок\","
                        + "\"to\":\"RETURNED\"}").contains("Причина: «Уточнить срок»."), "reason"),
                () -> assertEquals("Статус: проект.", said("ru", "agreement.created", "{\"from\":null,\"to\":\"DRAFT\"}").getFirst()),
                () -> assertEquals("Статус: проект.", said("ru", "agreement.edited", "{\"from\":\"DRAFT\",\"to\":\"DRAFT\"}").getFirst(),
                        "an edit changes no status"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "kk", "en"})
    void languages_are_named_not_coded(String language) {
        List<String> sentences = said(language, "template.saved", "{\"kind\":\"COOPERATION_AGREEMENT\",\"languages\":[\"ru\",\"kk\"],"
                + "\"template\":\"cooperation-agreement\",\"version\":1}");
        String languages = sentences.stream().filter(s -> s.contains(AreaMessages.read(language).get("language.kk").substring(1)))
                .findFirst().orElseThrow(() -> new AssertionError(sentences.toString()));
        assertFalse(languages.contains("[") || languages.contains("\"ru\""), languages);
        assertEquals(Map.of("ru", "Языки: русский, казахский.", "kk", "Тілдері: орыс тілі, қазақ тілі.",
                "en", "Languages: Russian, Kazakh.").get(language), languages);
    }

    @Test
    void comments_say_which_comment_article_revision_and_text() {
        assertEquals(List.of("Comment No. 12.", "In discussion No. 10.", "Article: subject.", "Text: “Why?”.", "Revision 3."),
                said("en", "comment.added", "{\"comment\":12,\"thread\":10,\"revision\":3,\"clause\":\"subject\",\"text\":\"Why?\"}"));
    }

    @Test
    void a_signature_is_told_in_the_order_it_happened_not_the_stored_order_and_keeps_hashes_whole() {
        List<DetailSentence> sentences = in("ru").of("agreement.signature-added", "{\"certificateSubject\":\"CN=Алексей Смирнов\","
                + "\"documentSha256\":\"" + HASH + "\",\"keyOrigin\":\"SERVER\",\"level\":\"PAdES-BASELINE-LTA\","
                + "\"number\":\"PA-2026-00002\",\"position\":1,\"signedAt\":\"2026-11-22T08:00:05Z\",\"timestampedAt\":null}");
        assertAll(
                () -> assertEquals(List.of("Подпись № 1 по порядку.", "Ключом, который хранит сервер.",
                        "Владелец сертификата: CN=Алексей Смирнов.", "Время подписания: 22.11.2026 14:00 (UTC+06:00).",
                        "Уровень: PAdES-BASELINE-LTA.", "SHA-256 документа:"),
                        sentences.stream().map(DetailSentence::text).toList()),
                () -> assertEquals(HASH, sentences.getLast().hash()),
                () -> assertEquals("abababababab…", sentences.getLast().shortHash()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "kk", "en"})
    void security_events_say_channel_scope_and_lock_in_words(String language) {
        List<String> signedIn = said(language, "user.signed-in", "{\"channel\":\"WEB\",\"failuresBefore\":2}");
        List<String> locked = said(language, "user.sign-in-locked",
                "{\"channel\":\"API\",\"failures\":5,\"lockedSeconds\":60,\"scope\":\"ACCOUNT\"}");
        List<String> unlocked = said(language, "user.sign-in-unlocked", "{\"scope\":\"ACCOUNT\",\"subject\":\"approver1\",\"wasLocked\":true}");
        assertAll(
                () -> assertEquals(2, signedIn.size()),
                () -> assertTrue(unlocked.stream().anyMatch(s -> s.contains("Ирина Петрова")), "by name: " + unlocked),
                () -> assertNoCodes(signedIn), () -> assertNoCodes(locked), () -> assertNoCodes(unlocked));
    }

    @Test
    void the_chain_check_says_whether_it_was_intact_and_leaves_out_what_did_not_happen() {
        assertAll(
                () -> assertEquals(List.of("Цепочка не нарушена.", "Проверено событий: 120.", "Проверено печатей: 3."),
                        said("ru", "audit.verified", "{\"intact\":true,\"eventsChecked\":120,\"sealsChecked\":3,\"firstBrokenSequence\":null}")),
                () -> assertEquals(List.of("The chain was BROKEN.", "First broken event: No. 7."),
                        said("en", "audit.verified", "{\"intact\":false,\"firstBrokenSequence\":7}")));
    }

    @Test
    void a_certificate_issue_names_its_form_and_language() {
        assertEquals(List.of("Цепочка не нарушена.", "Форма: PDF.", "Язык: казахский.", "События по № 40."),
                said("ru", "agreement.completion-certificate-issued", "{\"number\":\"PA-2026-00002\",\"mediaType\":\"application/pdf\","
                        + "\"language\":\"kk\",\"lastSequence\":40,\"sealSequence\":null,\"chainIntact\":true}"));
    }

    @Test
    void directory_changes_say_names_per_language_in_the_order_ru_kk_en_and_signers_by_name() {
        assertAll(
                () -> assertEquals(List.of("Регион: OMS.", "Название (русский): Омская область.", "Название (казахский): Омбы облысы."),
                        said("ru", "region.added", "{\"name.kk\":\"Омбы облысы\",\"name.ru\":\"Омская область\",\"region\":\"OMS\"}")),
                () -> assertEquals(List.of("Party No. 3.", "Signers: Алексей Смирнов, signer9."),
                        said("en", "party.signers-named", "{\"party\":3,\"signers\":[\"signer1\",\"signer9\"]}")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "kk", "en"})
    void route_steps_say_stage_decision_and_people(String language) {
        List<String> decided = said(language, "route.decided", "{\"route\":\"standard\",\"round\":1,\"revision\":2,\"state\":\"RUNNING\","
                + "\"stage\":1,\"stageName\":\"Юридический отдел\",\"task\":5,\"assignee\":\"approver1\",\"onBehalfOf\":null,"
                + "\"taskState\":\"APPROVED\",\"decidedBy\":\"approver1\",\"remark\":null,\"due\":null,\"decision\":\"APPROVE\","
                + "\"progress\":\"STAGE_PASSED\"}");
        assertAll(
                () -> assertTrue(decided.stream().anyMatch(s -> s.contains("«Юридический отдел»") || s.contains("“Юридический отдел”")), decided::toString),
                () -> assertTrue(decided.stream().anyMatch(s -> s.contains("Ирина Петрова")), decided::toString),
                () -> assertNoCodes(decided));
    }

    @Test
    void parties_regions_and_routes_are_named_in_russian() {
        assertAll(
                () -> assertEquals(List.of("Сторона: Акимат Омской области.", "Регион: Восточно-Казахстанская область."),
                        saidNamed("ru", "party.added", "{\"party\":4,\"region\":\"KZ-63\"}")),
                () -> assertTrue(saidNamed("ru", "agreement.signature-added", "{\"partyId\":4,\"position\":1}")
                        .contains("Подписано за сторону: Акимат Омской области."), "signature"),
                () -> assertTrue(saidNamed("ru", "route.started", "{\"route\":\"standard\",\"round\":1}")
                        .contains("Маршрут: Стандартный маршрут."), "route step"),
                () -> assertEquals(List.of("Пользователь: Алексей Смирнов.", "Подписывает за стороны: Акимат Омской области, 9."),
                        saidNamed("ru", "user.signing-parties-named", "{\"parties\":[4,9],\"user\":\"signer1\"}")));
    }

    @Test
    void parties_regions_and_routes_are_named_in_kazakh_and_english() {
        assertAll(
                () -> assertEquals(List.of("Тарап: Омбы облысының әкімдігі.", "Өңір: Шығыс Қазақстан облысы."),
                        saidNamed("kk", "party.added", "{\"party\":4,\"region\":\"KZ-63\"}")),
                () -> assertEquals(List.of("Party: Akimat of Omsk Region.", "Region: East Kazakhstan Region."),
                        saidNamed("en", "party.added", "{\"party\":4,\"region\":\"KZ-63\"}")),
                () -> assertTrue(saidNamed("kk", "route.started", "{\"route\":\"standard\"}").contains("Бағыт: Стандартты бағыт."), "kk route"),
                () -> assertTrue(saidNamed("en", "agreement.signature-added", "{\"partyId\":4}").contains("Signed for: Akimat of Omsk Region."), "en party"));
    }

    @Test
    void a_configured_route_says_what_changed_then_its_name() {
        assertEquals(List.of("Изменено: маршрут согласования.", "Маршрут: Стандартный маршрут.", "Этапов: 2."),
                saidNamed("ru", "route.configured", "{\"code\":\"standard\",\"stages\":\"[{},{}]\",\"what\":\"route\"}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "kk", "en"})
    void a_configured_route_or_group_is_named_and_a_group_without_a_name_in_english_takes_the_russian(String language) {
        List<String> route = saidNamed(language, "route.configured", "{\"code\":\"standard\",\"what\":\"route\"}");
        List<String> group = saidNamed(language, "route.configured", "{\"code\":\"lawyers\",\"members\":[\"approver1\"],\"what\":\"group\"}");
        assertAll(
                () -> assertTrue(route.stream().anyMatch(s -> s.contains(KNOWN.get("route standard").preferring(
                        Language.fromCode(language).orElseThrow()))), route::toString),
                () -> assertTrue(route.stream().noneMatch(s -> s.contains("standard")), route::toString),
                () -> assertTrue(group.stream().anyMatch(s -> s.contains("ru".equals(language) || "en".equals(language)
                        ? "Юристы" : "Заңгерлер")), group::toString),
                () -> assertTrue(group.stream().noneMatch(s -> s.contains("lawyers")), group::toString));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "kk", "en"})
    void what_no_longer_exists_is_said_by_its_code(String language) {
        Map<String, List<String>> expected = Map.of(
                "ru", List.of("Сторона № 7.", "Регион: KZ-99."),
                "kk", List.of("№ 7 тарап.", "Өңір: KZ-99."),
                "en", List.of("Party No. 7.", "Region: KZ-99."));
        assertAll(
                () -> assertEquals(expected.get(language), saidNamed(language, "party.added", "{\"party\":7,\"region\":\"KZ-99\"}")),
                () -> assertTrue(saidNamed(language, "route.started", "{\"route\":\"gone\"}").getFirst().contains("gone")),
                () -> assertTrue(saidNamed(language, "route.configured", "{\"code\":\"gone\",\"what\":\"group\"}")
                        .stream().anyMatch(s -> s.contains("gone"))));
    }

    @Test
    void a_shipped_template_is_named_and_one_an_administrator_added_by_its_kind() {
        assertAll(
                () -> assertEquals("Шаблон: Типовое соглашение о сотрудничестве.", said("ru", "template.saved",
                        "{\"kind\":\"COOPERATION_AGREEMENT\",\"template\":\"cooperation-agreement\",\"version\":1}").getFirst()),
                () -> assertEquals("Template: Standard cooperation agreement.", said("en", "template.saved",
                        "{\"template\":\"cooperation-agreement\"}").getFirst()),
                () -> assertEquals("Үлгі: Ынтымақтастық туралы меморандум «mou-2027».", said("kk", "template.saved",
                        "{\"kind\":\"MEMORANDUM_OF_COOPERATION\",\"template\":\"mou-2027\"}").getFirst()));
    }

    @Test
    void a_key_this_version_has_no_sentence_for_still_reads_as_key_and_value() {
        assertEquals(List.of("Статус изменён: проект → на согласовании.", "futureKey: 42", "nested: a: true"),
                said("ru", "agreement.submitted", "{\"from\":\"DRAFT\",\"futureKey\":42,\"nested\":{\"a\":true},\"to\":\"IN_APPROVAL\"}"));
    }

    @Test
    void details_that_are_not_a_json_object_are_shown_as_they_are() {
        assertAll(
                () -> assertEquals(List.of("not json {"), said("ru", "user.signed-in", "not json {")),
                () -> assertEquals(List.of(), said("ru", "user.signed-in", "{}")),
                () -> assertEquals(List.of(), said("ru", "user.signed-in", null)));
    }

    /** No enum constant, no JSON punctuation: what the issue saw ("from DRAFT", ["ru","kk"]). */
    private static void assertNoCodes(List<String> sentences) {
        for (String sentence : sentences) {
            assertFalse(sentence.matches(".*\\b[A-Z]{2,}_?[A-Z]*\\b.*") && !sentence.contains("API")
                    && !sentence.contains("PDF") && !sentence.contains("SHA"), sentence);
            assertFalse(sentence.contains("[") || sentence.contains("{"), sentence);
        }
    }
}
