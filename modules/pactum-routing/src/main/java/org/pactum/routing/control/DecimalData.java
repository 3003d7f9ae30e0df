package org.pactum.routing.control;

import java.nio.charset.StandardCharsets;

import com.github.kagkarlsson.scheduler.serializer.Serializer;

/**
 * Keeps a scheduled deadline's data — the agreement's id — as its decimal digits, readable in the table, rather than
 * as a serialized Java object.
 */
final class DecimalData implements Serializer {

    @Override
    public byte[] serialize(Object data) {
        if (!(data instanceof Long number)) {
            throw new IllegalArgumentException("a deadline carries an agreement id, not " + data);
        }
        return Long.toString(number).getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public <T> T deserialize(Class<T> type, byte[] serialized) {
        return type.cast(Long.valueOf(new String(serialized, StandardCharsets.US_ASCII)));
    }
}
