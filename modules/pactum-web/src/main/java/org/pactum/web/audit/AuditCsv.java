package org.pactum.web.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The audit trail as a CSV file (RFC 4180) people open in a spreadsheet: UTF-8 with a byte order mark, because Excel
 * reads a file without one in the machine's legacy code page and turns Cyrillic into mojibake; CRLF line ends; every
 * field quoted, quotes doubled. The header and the details are in the interface's language; the hashed fields (time
 * in UTC, login, action code, hashes) stand beside them unchanged, so the file can still be checked against the chain.
 */
public final class AuditCsv implements AutoCloseable {

    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

    private static final List<String> COLUMNS = List.of("sequence", "when", "whenUtc", "who", "login", "roles", "action",
            "code", "agreement", "version", "details", "address", "hash", "previousHash", "contentHash");

    private final Writer out;
    private final UnaryOperator<String> texts;

    /** @param texts the interface text of a key, or null where there is none */
    private AuditCsv(Writer out, UnaryOperator<String> texts) {
        this.out = out;
        this.texts = texts;
    }

    /** Starts the file: the byte order mark and the header. */
    public static AuditCsv start(OutputStream stream, UnaryOperator<String> texts, Locale locale, String zoneName)
            throws IOException {
        AuditCsv csv = new AuditCsv(new OutputStreamWriter(stream, StandardCharsets.UTF_8), texts);
        csv.out.write('\uFEFF');
        csv.line(COLUMNS.stream().map(column -> {
            String text = texts.apply("audit.csv." + column);
            return text == null ? column : new MessageFormat(text, locale).format(new Object[] {zoneName});
        }).toList());
        return csv;
    }

    public void row(AuditRow row) throws IOException {
        line(List.of(String.valueOf(row.sequence()), row.occurredAt(), row.occurredAtUtc(), row.actorName(), row.actor(),
                row.roles().stream().map(role -> orItself("role." + role, role)).collect(Collectors.joining(", ")),
                row.actionLabel(), row.action(), nothingIfNull(row.agreementNumber()),
                row.agreementVersion() == null ? "" : String.valueOf(row.agreementVersion()),
                row.sentences().stream().map(DetailSentence::whole).collect(Collectors.joining(" ")),
                nothingIfNull(row.clientAddress()), nothingIfNull(row.hash()), nothingIfNull(row.previousHash()),
                nothingIfNull(row.contentHash())));
    }

    private void line(List<String> fields) throws IOException {
        out.write(fields.stream().map(AuditCsv::quoted).collect(Collectors.joining(",")));
        out.write("\r\n");
    }

    /**
     * RFC 4180: a field in double quotes, a quote inside it doubled; line breaks inside the quotes are kept. A field
     * a spreadsheet would take for a formula (a comment reading {@code =HYPERLINK(…)}) gets an apostrophe before it,
     * so opening the export runs nothing a user typed.
     */
    static String quoted(String field) {
        String inert = !field.isEmpty() && "=+-@\t\r".indexOf(field.charAt(0)) >= 0 ? "'" + field : field;
        return '"' + inert.replace("\"", "\"\"") + '"';
    }

    private String orItself(String key, String value) {
        String text = texts.apply(key);
        return text == null ? value : text;
    }

    private static String nothingIfNull(String text) {
        return text == null ? "" : text;
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
