package org.pactum.pdf.layout;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import org.openpdf.text.pdf.PdfDate;

/** A moment as a PDF date, always in UTC: the same instant gives the same bytes wherever the server runs. */
public final class PdfDates {

    private PdfDates() {
    }

    public static PdfDate of(Instant instant) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        calendar.setTimeInMillis(instant.toEpochMilli());
        return new PdfDate(calendar);
    }
}
