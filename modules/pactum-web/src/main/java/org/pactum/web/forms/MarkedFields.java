package org.pactum.web.forms;

import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.enterprise.inject.spi.CDI;

import org.pactum.web.faces.PageMessages;

/**
 * What the last post of one form refused, shown in the form and not only at the top of the page, which on a phone is
 * a long list away from where the person pressed: each refused field's message beside it (an {@code h:message} whose
 * id is the field's with {@value #MESSAGE} after it), the field marked {@code aria-invalid} and described by its
 * message, and the answer landing on the first refused field (autofocus scrolls it into view, without script). A
 * refusal of no field of the form (the directory does not answer) stands beside the form's button, which it lands on.
 * At the top of the page, the form's sentence ("Не сохранено: исправьте отмеченное.") links to each refused field
 * ({@link #summarize}).
 * <p>
 * A form's page reads {@link #invalid}, {@link #describedBy} and {@link #autofocus} into pass-through attributes; the
 * view-scoped backing keeps one instance per form and {@link #clear}s it before each post.
 */
public final class MarkedFields implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What follows a field's id in the id of the message beside it: {@code username} → {@code usernameProblem}. */
    public static final String MESSAGE = "Problem";

    private final String form;
    private final String button;
    private final List<String> fields;
    private final Set<String> groups;
    private final Map<String, String> others = new HashMap<>();
    private final Set<String> marked = new HashSet<>();

    /**
     * @param form   the form's id
     * @param button the id of the button that sends it, where a refusal of no field stands
     * @param fields the ids of the fields a refusal can be beside, top to bottom: the first refused one is landed on
     * @param groups the ids of groups of choices (checkboxes) a refusal can be beside: one focus cannot take a group,
     *               so a refusal of only a group lands on the button below it
     */
    public MarkedFields(String form, String button, List<String> fields, Set<String> groups) {
        this.form = form;
        this.button = button;
        this.fields = List.copyOf(fields);
        this.groups = Set.copyOf(groups);
    }

    /** A refusal naming {@code other} (as the domain names what the field holds) stands beside the field. */
    public MarkedFields alsoFor(String other, String field) {
        others.put(other, field);
        return this;
    }

    /** Forgets what the previous post refused. */
    public void clear() {
        marked.clear();
    }

    /** Whether the form has the field, so that a refusal naming it can stand beside it. */
    private boolean has(String field) {
        return fields.contains(field) || groups.contains(field);
    }

    /**
     * Marks the field refused and returns the client id its message is added for; a field the form does not have, or
     * null for none, gives the button's.
     */
    public String mark(String field) {
        String named = field == null ? button : others.getOrDefault(field, field);
        String shown = has(named) ? named : button;
        marked.add(shown);
        return form + ":" + shown;
    }

    /** Beside the field (or, for a field the form does not have, the button), the sentence of the bundle key. */
    public void refuse(String field, String key, Object... arguments) {
        PageMessages.fieldError(mark(field), key, arguments);
    }

    /**
     * At the top of the page, the sentence of the bundle key over a link to each refused field, worded as beside it
     * ({@link RefusalSummary}), in place of a page message that only says something is marked.
     */
    public void summarize(String key, Object... arguments) {
        CDI.current().select(RefusalSummary.class).get().show(PageMessages.text(key, arguments), this);
    }

    /** The client ids of what the last post refused as the form lays it out: fields, groups of choices, the button. */
    public List<String> refusedIds() {
        return Stream.of(fields.stream(), groups.stream().sorted(), Stream.of(button)).flatMap(ids -> ids)
                .filter(marked::contains).map(id -> form + ":" + id).toList();
    }

    /** Beside the button: a refusal that no field can put right, such as a directory that does not answer. */
    public void refuseForm(String key, Object... arguments) {
        refuse(button, key, arguments);
    }

    /** {@code "true"} for a refused field, for {@code aria-invalid}; null (no attribute) otherwise. */
    public String invalid(String field) {
        return marked.contains(field) && fields.contains(field) ? "true" : null;
    }

    /**
     * The ids for {@code aria-describedby}: the message beside a refused field first, then the field's own hints
     * (client ids separated by spaces, or null); null when there is neither.
     */
    public String describedBy(String field, String hints) {
        String message = marked.contains(field) ? form + ":" + field + MESSAGE : null;
        if (message == null) {
            return hints == null || hints.isBlank() ? null : hints;
        }
        return hints == null || hints.isBlank() ? message : message + " " + hints;
    }

    /** {@code "autofocus"} for the one element the answer lands on, null (no attribute) for every other. */
    public String autofocus(String field) {
        return field.equals(landing()) ? "autofocus" : null;
    }

    private String landing() {
        return fields.stream().filter(marked::contains).findFirst().orElse(marked.isEmpty() ? null : button);
    }
}
