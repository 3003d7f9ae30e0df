package org.pactum.web.faces;

/** The interface in Kazakh: found by {@code ResourceBundle.getBundle("org.pactum.web.faces.Messages", …)}. */
public final class Messages_kk extends AreaMessages {

    public Messages_kk() {
        super("kk");
    }
}
