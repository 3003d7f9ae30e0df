package org.pactum.pdf.layout;

import java.awt.Color;

/**
 * The colours every Pactum document shares: one accent, text, a muted grey for what Pactum adds around the content,
 * and the light rule between parts. A document's own colours (the certificate's status colours) stay with its style.
 */
public final class Palette {

    public static final Color ACCENT = new Color(0x1B, 0x3A, 0x5C);
    public static final Color TEXT = new Color(0x1F, 0x23, 0x28);
    public static final Color MUTED = new Color(0x5B, 0x66, 0x75);
    public static final Color RULE = new Color(0xC8, 0xD0, 0xDA);

    private Palette() {
    }
}
