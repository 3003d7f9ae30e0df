package org.pactum.web.agreement;

import java.io.Serializable;

/** The agreement's title in one of its languages ({@code lang} is the ISO 639-1 code). */
public record TitleLine(String lang, String text) implements Serializable {
}
