package org.pactum.web.faces;

/** The interface in Russian: found by {@code ResourceBundle.getBundle("org.pactum.web.faces.Messages", …)}. */
public final class Messages_ru extends AreaMessages {

    public Messages_ru() {
        super("ru");
    }
}
