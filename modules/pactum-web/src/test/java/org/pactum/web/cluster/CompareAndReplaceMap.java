package org.pactum.web.cluster;

import java.util.AbstractMap;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A map shared as Hazelcast's is: {@code compute} and its kin are {@link ConcurrentMap}'s own loops of read and
 * compare-and-replace, so a change may run more than once when another thread changed the entry meanwhile.
 */
public final class CompareAndReplaceMap<V> extends AbstractMap<String, V> implements ConcurrentMap<String, V> {

    private final ConcurrentMap<String, V> entries = new ConcurrentHashMap<>();

    @Override
    public V get(Object key) {
        return entries.get(key);
    }

    @Override
    public V put(String key, V value) {
        return entries.put(key, value);
    }

    @Override
    public V putIfAbsent(String key, V value) {
        return entries.putIfAbsent(key, value);
    }

    @Override
    public boolean remove(Object key, Object value) {
        return entries.remove(key, value);
    }

    @Override
    public boolean replace(String key, V oldValue, V newValue) {
        return entries.replace(key, oldValue, newValue);
    }

    @Override
    public V replace(String key, V value) {
        return entries.replace(key, value);
    }

    @Override
    public Set<Entry<String, V>> entrySet() {
        return entries.entrySet();
    }
}
