package org.pactum.web.faces;

/** The interface in English: found by {@code ResourceBundle.getBundle("org.pactum.web.faces.Messages", …)}. */
public final class Messages_en extends AreaMessages {

    public Messages_en() {
        super("en");
    }
}
