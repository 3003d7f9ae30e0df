package org.pactum.pdf.agreement;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.openpdf.text.pdf.HyphenationEvent;
import org.openpdf.text.pdf.hyphenation.HyphenationTree;
import org.pactum.domain.language.Language;

/**
 * How a language's column is set: justified by word spacing and hyphenated where there are hyphenation patterns for
 * the language on the class path (the FOP-format XML files of the {@code com.itextpdf:hyph} artifact: Russian and
 * English), ragged-right where there are none (Kazakh). Justifying a narrow column without hyphenation opens gaps so
 * wide that readers, and text extraction, take one line for several columns.
 */
final class ColumnSetting {

    private static final String PATTERNS = "com/itextpdf/hyph/%s.xml";
    /** Loaded once: the trees are only read after loading. */
    private static final Map<Language, HyphenationTree> TREES = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            patterns(language).ifPresent(tree -> TREES.put(language, tree));
        }
    }

    private final HyphenationTree tree;

    private ColumnSetting(HyphenationTree tree) {
        this.tree = tree;
    }

    static ColumnSetting of(Language language) {
        return new ColumnSetting(TREES.get(language));
    }

    boolean justified() {
        return tree != null;
    }

    /** A fresh hyphenation for one paragraph: OpenPDF keeps the rest of a broken word in it. */
    Optional<HyphenationEvent> hyphenation() {
        return Optional.ofNullable(tree).map(WordBreaks::new);
    }

    private static Optional<HyphenationTree> patterns(Language language) {
        try (InputStream in = ColumnSetting.class.getClassLoader().getResourceAsStream(PATTERNS.formatted(language.code()))) {
            if (in == null) {
                return Optional.empty();
            }
            HyphenationTree tree = new HyphenationTree();
            tree.loadSimplePatterns(in);
            return Optional.of(tree);
        } catch (IOException e) {
            throw new UncheckedIOException("hyphenation patterns for " + language.code() + " cannot be read", e);
        }
    }
}
