package org.pactum.web.ui.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pactum.domain.agreement.AgreementKind;
import org.pactum.domain.agreement.AgreementStatus;
import org.pactum.domain.agreement.CooperationArea;
import org.pactum.domain.agreement.LifecycleAction;
import org.pactum.domain.user.Role;
import org.pactum.drafting.control.SeedTemplates;

/**
 * What officials read is words, not the application's names for things: no template identifier
 * ("cooperation-agreement"), no enum constant ("DRAFT", "MEMORANDUM_OF_COOPERATION", "SIGNER"), no login where the
 * person has a name, on the pages each role opens every day, in Russian and in Kazakh; and each page's title says
 * what the page is.
 */
@ExtendWith(SharedServerAndBrowser.class)
class PlainWordsIT {

    private static final Pattern TECHNICAL = Pattern.compile("\\b(" + String.join("|", Stream.of(
            SeedTemplates.IDS.stream(),
            Stream.of(AgreementStatus.values()).map(Enum::name),
            Stream.of(AgreementKind.values()).map(Enum::name),
            Stream.of(LifecycleAction.values()).map(Enum::name),
            Stream.of(CooperationArea.values()).map(Enum::name),
            Stream.of(Role.values()).map(Enum::name),
            Stream.of("drafter", "approver1", "approver2", "signer1", "signer2", "auditor"))
            .flatMap(names -> names).map(Pattern::quote).toList()) + ")\\b");

    private final BrowserUser user;

    PlainWordsIT(BrowserUser user) {
        this.user = user;
    }

    @Test
    void a_drafter_reads_the_registry_an_agreement_its_editor_and_a_new_agreement_in_words() {
        user.signInAs("drafter");
        AgreementPage memorandum = DemoAgreements.openEastKazakhstanMemorandum(user);
        String address = user.path() + "?" + user.query();
        List<String> found = new ArrayList<>();
        for (String language : List.of("ru", "kk")) {
            user.switchLanguage(language);
            RegistryPage.open(user, "");
            look(found, "registry-" + language);
            user.open(address);
            look(found, "agreement-" + language);
            assertTrue(user.browser().getTitle().startsWith(memorandum.number() + " — "), user.browser().getTitle());
            memorandum.edit();
            look(found, "editor-" + language);
            NewAgreementPage.open(user, "?template=memorandum-of-cooperation");
            look(found, "new-agreement-" + language);
            user.screenshotAtWidth("plain-words-new-agreement-" + language + "-phone", 390);
        }
        user.switchLanguage("ru");
        assertEquals(List.of(), found);
    }

    @Test
    void the_agreement_page_title_gives_the_number_and_the_status_in_words() {
        user.signInAs("drafter");
        AgreementPage memorandum = DemoAgreements.openEastKazakhstanMemorandum(user);
        assertEquals(memorandum.number() + " — проект · Pactum", user.browser().getTitle());
    }

    @Test
    void an_administrator_reads_templates_and_the_clause_library_by_name() {
        user.signInAs("admin");
        List<String> found = new ArrayList<>();
        for (String language : List.of("ru", "kk")) {
            user.switchLanguage(language);
            TemplatesPage templates = new TemplatesPage(user);
            user.open(TemplatesPage.PATH);
            look(found, "templates-" + language);
            templates.openTemplate("memorandum-of-cooperation");
            look(found, "template-" + language);
            user.open(ClauseLibraryPage.PATH);
            look(found, "clause-library-" + language);
            user.screenshotAtWidth("plain-words-clause-library-" + language + "-phone", 390);
        }
        user.switchLanguage("ru");
        user.open(TemplatesPage.PATH);
        new TemplatesPage(user).openTemplate("memorandum-of-cooperation");
        assertEquals("Типовой меморандум о сотрудничестве, версия 1 · Pactum", user.browser().getTitle());
        assertEquals(List.of(), found);
    }

    @Test
    void an_approver_reads_their_tasks_and_notifications_in_words() {
        user.signInAs("approver1");
        List<String> found = new ArrayList<>();
        for (String language : List.of("ru", "kk")) {
            user.switchLanguage(language);
            user.open("/routing/tasks.xhtml");
            look(found, "tasks-" + language);
            user.open("/routing/notifications.xhtml");
            look(found, "notifications-" + language);
        }
        user.switchLanguage("ru");
        assertEquals(List.of(), found);
    }

    /** Notes each technical word the page shows (and in its title), and keeps a screenshot of it. */
    private void look(List<String> found, String name) {
        String shown = user.browser().getTitle() + "\n" + user.pageText();
        Matcher matcher = TECHNICAL.matcher(shown);
        while (matcher.find()) {
            int from = Math.max(0, matcher.start() - 40);
            found.add(name + ": " + matcher.group() + " in «" + shown.substring(from, Math.min(shown.length(), matcher.end() + 40))
                    .replace('\n', ' ') + "»");
        }
        user.screenshot("plain-words-" + name);
    }
}
