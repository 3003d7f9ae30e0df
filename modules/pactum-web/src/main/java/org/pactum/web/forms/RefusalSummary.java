package org.pactum.web.forms;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * The summary of a refused form at the top of the page, where the page's messages are: the form's sentence ("Не
 * сохранено: исправьте отмеченное.") and, as a link to each refused field, what is said beside it. The answer lands on
 * the first refused field ({@link MarkedFields}); the links are the way to each of them for whoever reads from the top,
 * as a screen reader or a wide screen does. One form is sent at a time, so a page shows one summary, which the layout
 * renders; a form asks for it through {@link MarkedFields#summarize}.
 */
@Named
@RequestScoped
public class RefusalSummary {

    /** One entry: the client id of the refused field (or button) and what is said beside it. */
    public record Entry(String target, String text) {
    }

    private String sentence;
    private MarkedFields form;

    void show(String sentence, MarkedFields form) {
        this.sentence = sentence;
        this.form = form;
    }

    public boolean isShown() {
        return sentence != null;
    }

    public String getSentence() {
        return sentence;
    }

    /** What was said beside each refused field, top to bottom; read when the page is rendered, after the marking. */
    public List<Entry> getEntries() {
        if (form == null) {
            return List.of();
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        return form.refusedIds().stream().flatMap(id -> faces.getMessageList(id).stream()
                .map(FacesMessage::getSummary).map(text -> new Entry(id, text))).toList();
    }
}
