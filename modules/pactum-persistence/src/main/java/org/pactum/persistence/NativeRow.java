package org.pactum.persistence;

import java.sql.Blob;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

/**
 * One row of a native query, read by column position. Drivers hand back different Java types for the same column
 * (H2 an {@link OffsetDateTime} for TIMESTAMP WITH TIME ZONE, PostgreSQL's driver a {@link Timestamp}; Integer, Long
 * or BigDecimal for numbers), so the row accepts each form that denotes the same value.
 */
final class NativeRow {

    private final Object[] columns;

    NativeRow(Object[] columns) {
        this.columns = columns;
    }

    String text(int column) {
        Object value = columns[column];
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw unexpected(column, "text");
    }

    long number(int column) {
        if (columns[column] instanceof Number number) {
            return number.longValue();
        }
        throw unexpected(column, "a number");
    }

    Instant instant(int column) {
        return switch (columns[column]) {
            case OffsetDateTime time -> time.toInstant();
            case Timestamp time -> time.toInstant();
            case ZonedDateTime time -> time.toInstant();
            case Instant time -> time;
            case null, default -> throw unexpected(column, "a timestamp with time zone");
        };
    }

    /** A binary column; drivers may hand back a {@link Blob} for large ones. */
    byte[] bytes(int column) {
        return switch (columns[column]) {
            case byte[] bytes -> bytes;
            case Blob blob -> {
                try {
                    yield blob.getBytes(1, Math.toIntExact(blob.length()));
                } catch (SQLException e) {
                    throw new IllegalStateException("column " + (column + 1) + " could not be read", e);
                }
            }
            case null, default -> throw unexpected(column, "bytes");
        };
    }

    /** A timestamp column that may be null. */
    Instant instantOrNull(int column) {
        return columns[column] == null ? null : instant(column);
    }

    boolean isNull(int column) {
        return columns[column] == null;
    }

    private IllegalStateException unexpected(int column, String expected) {
        Object value = columns[column];
        return new IllegalStateException("column " + (column + 1) + " should hold " + expected + ", not "
                + (value == null ? "null" : value.getClass().getName()));
    }
}
