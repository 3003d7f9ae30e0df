package org.pactum.web.verification.page;

/** A document time-stamp (PAdES-LTA): when, by which authority, and whether it holds. */
public record TimestampLine(String fieldName, String time, String authority, boolean valid) {
}
