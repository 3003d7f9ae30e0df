package org.pactum.web.ui.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Agreement templates as administrators keep them, version by version. Changes the protocol-of-intent template, which
 * no other test reads, and adds a template of its own.
 */
@ExtendWith(SharedServerAndBrowser.class)
class TemplatesIT {

    private static final String PROTOCOL = "protocol-of-intent";

    private final BrowserUser user;

    TemplatesIT(BrowserUser user) {
        this.user = user;
    }

    @Test
    void an_administrator_saves_the_next_version_of_a_template_and_is_told_which_article_is_wrong() {
        user.signInAs("admin");
        user.follow(By.linkText("Шаблоны"));
        TemplatesPage templates = new TemplatesPage(user);
        assertEquals(TemplatesPage.PATH, user.path());
        String protocol = templates.row(PROTOCOL);
        assertTrue(protocol.contains("Протокол о намерениях") && protocol.contains("Казахский"), protocol);
        TemplatePage template = templates.openTemplate(PROTOCOL);
        assertEquals(TemplatePage.PATH, user.path());
        By kazakhConditions = TemplatePage.article("conditions", "kk");
        assertTrue(user.text(kazakhConditions).startsWith("Жеткізу шарттары"), "heading and text side by side: " + user.text(kazakhConditions));
        assertTrue(user.text(TemplatePage.article("conditions", "ru")).startsWith("Условия поставок"));
        user.screenshot("template");

        TemplateEditPage editor = template.edit();
        assertEquals(TemplateEditPage.PATH, user.path());
        By kazakhText = TemplateEditPage.text(2, "kk");
        user.type(kazakhText, "Көлемдер {nope} шарттармен айқындалады.");
        editor.save();
        assertTrue(editor.messages().contains(
                "Статья 2 «Условия поставок», текст на казахском: неизвестная подстановка {nope}"), editor.messages());
        assertTrue(editor.fieldError(2).startsWith("неизвестная подстановка {nope}"), "said beside the field too");
        assertEquals("Көлемдер {nope} шарттармен айқындалады.", user.value(kazakhText), "what was typed stays");
        user.screenshot("template-invalid");

        user.type(kazakhText, "");
        editor.save();
        assertTrue(editor.messages().contains("Статья 2 «Условия поставок», текст на казахском: не заполнено"), editor.messages());

        String reworded = "Көлемдер, бағалар мен жеткізу мерзімдері мүдделі ұйымдар жасасатын шарттармен айқындалады.";
        user.type(kazakhText, reworded);
        editor.save();
        assertEquals(TemplatePage.PATH, user.path());
        assertTrue(template.messages().contains("Шаблон «Типовой протокол о намерениях»: сохранена версия 2"), template.messages());
        assertTrue(user.text(kazakhConditions).contains(reworded));
        assertEquals(List.of("2", "1"), template.versions(), "newest first");
        user.screenshot("template-version-2");

        template.openVersion(1);
        assertTrue(user.query().contains("version=1"), user.query());
        assertFalse(user.text(kazakhConditions).contains(reworded), "version 1 keeps its text");
        assertTrue(template.olderNotice().contains("Действующая версия — 2"), template.olderNotice());
        assertFalse(template.offersEditing(), "an older version is read-only");

        // Someone saved version 2 while this page still edits version 1: the text typed is kept, and may go over it.
        TemplateEditPage.open(user, PROTOCOL);
        By russianCosts = TemplateEditPage.text(4, "ru");
        user.type(russianCosts, "Каждая Сторона сама несет свои расходы.");
        editor.pretendToEdit(1);
        editor.save();
        assertTrue(editor.messages().contains("Администратор системы сохранил(а) версию 2"), editor.messages());
        assertEquals("Каждая Сторона сама несет свои расходы.", user.value(russianCosts));
        editor.saveOver();
        assertTrue(template.messages().contains("сохранена версия 3"), template.messages());

        TemplateEditPage copy = template.copy();
        copy.templateId(PROTOCOL);
        copy.save();
        assertTrue(copy.messages().contains("Шаблон с идентификатором «protocol-of-intent» уже есть"), copy.messages());
        copy.templateId("grain-supply-protocol");
        copy.save();
        assertEquals(TemplatePage.PATH, user.path());
        assertTrue(user.query().contains("id=grain-supply-protocol"), user.query());
        assertEquals("Версия 1", template.heading());
        assertTrue(user.text(TemplatePage.article("costs", "ru")).contains("Каждая Сторона сама несет свои расходы."),
                "a new template starts from the other's text");

        user.forget();
        user.signInAs("drafter");
        assertFalse(TemplatePage.open(user, PROTOCOL).offersEditing(), "drafters read templates");
        assertEquals("Доступ запрещён", TemplateEditPage.open(user, PROTOCOL).errorTitle());
    }
}
