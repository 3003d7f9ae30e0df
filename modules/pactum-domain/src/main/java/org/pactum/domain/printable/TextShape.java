package org.pactum.domain.printable;

/** Whether a text may run over several lines: an article's text may, a title may not. */
public enum TextShape {
    /** A name, title or heading: one line, no line breaks. */
    LINE,
    /** Paragraphs: line feeds allowed, and a carriage return right before one (forms send CR LF). */
    PARAGRAPHS
}
