package org.pactum.pdf.approval;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.pactum.domain.language.Language;
import org.pactum.domain.language.LocalizedText;
import org.pactum.pdf.layout.Wording;

/** The sheet's words in one language, and its dates and times in the administration's time zone. */
final class SheetText {

    private final Wording words;
    private final ZoneId zone;
    private final DateTimeFormatter date;
    private final DateTimeFormatter time;

    SheetText(Wording words, ZoneId zone) {
        this.words = words;
        this.zone = zone;
        this.date = DateTimeFormatter.ofPattern(words.text("format.date"));
        this.time = DateTimeFormatter.ofPattern("HH:mm");
    }

    Language language() {
        return words.language();
    }

    ZoneId zone() {
        return zone;
    }

    String text(String key, Object... values) {
        return words.text(key, values);
    }

    String nameOf(String prefix, Enum<?> constant) {
        return words.nameOf(prefix, constant == null ? null : constant.name());
    }

    /** The text in the sheet's language, else in the first language it has. */
    String in(LocalizedText text) {
        return text == null || text.languages().isEmpty() ? "—" : text.preferring(language());
    }

    String date(LocalDate day) {
        return date.format(day);
    }

    String day(Instant moment) {
        return date.format(moment.atZone(zone));
    }

    String clock(Instant moment) {
        return time.format(moment.atZone(zone));
    }

    String moment(Instant moment) {
        return moment == null ? "—" : day(moment) + " " + clock(moment);
    }
}
