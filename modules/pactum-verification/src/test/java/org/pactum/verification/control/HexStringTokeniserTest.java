package org.pactum.verification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openpdf.text.pdf.PRTokeniser;

/** The bulk reading of hexadecimal strings yields exactly the tokens, positions and errors OpenPDF's own reading does. */
class HexStringTokeniserTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "<48656C6C6F>", "<>", "< >", "<4 8 6\n5\t6C>", "<ABC>", "<abcdef0123>", "  \n<00FF> /Name 12 0 R",
            "<<  /Contents <3082> /ByteRange [0 10 20 30] >>", "< < /A 1 >>", "<4G>", "<48", "<48 65", "<>>",
            "[<01><02> <03>]", "<\u00ff\u00fe>", "<0\u00001>", "(text) <61> 1.5 -2 true null %comment\n<62>"})
    void reads_every_token_as_openpdf_does(String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(tokens(new PRTokeniser(bytes)), tokens(new HexStringTokeniser(clocked(bytes))));
    }

    @Test
    void reads_a_signed_agreement_as_openpdf_does() throws IOException {
        byte[] pdf = RevisionTestFiles.SIGNED_BY_BOTH;
        List<String> plain = tokens(new PRTokeniser(pdf));
        assertEquals(plain, tokens(new HexStringTokeniser(clocked(pdf))));
    }

    private static ClockedBytes clocked(byte[] bytes) {
        return new ClockedBytes(bytes, ParsingBudget.withDefaults(), 64 * 1024);
    }

    /** Each token with its type, hex flag and the position after it, up to the end or the error that ends reading. */
    private static List<String> tokens(PRTokeniser tokens) throws IOException {
        List<String> read = new ArrayList<>();
        try {
            while (tokens.nextToken()) {
                read.add(tokens.getTokenType() + ":" + tokens.isHexString() + ":" + tokens.getStringValue() + "@"
                        + tokens.getFilePointer());
            }
            read.add("end@" + tokens.getFilePointer());
        } catch (IOException e) {
            read.add("error: " + e.getMessage());
        }
        return read;
    }
}
