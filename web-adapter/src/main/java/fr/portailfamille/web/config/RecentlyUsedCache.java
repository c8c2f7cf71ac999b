package fr.portailfamille.web.config;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

/**
 * An aggregate cache that keeps the {@code capacity} most recently used aggregates, strongly referenced. Axon's
 * {@code WeakReferenceCache} loses an aggregate at the first garbage collection that finds it unused, and a deadline
 * morning's garbage collections come every few seconds: the busy slots were reloaded from their snapshot and events
 * again and again, the very aggregates a rush keeps using.
 */
final class RecentlyUsedCache implements Cache {
    private final Map<Object, Object> entries;
    private final Set<EntryListener> listeners = new CopyOnWriteArraySet<>();

    RecentlyUsedCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("A cache holds at least one entry");
        }
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
                if (size() <= capacity) {
                    return false;
                }
                listeners.forEach(listener -> listener.onEntryExpired(eldest.getKey()));
                return true;
            }
        };
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized <K, V> V get(K key) {
        Object value = entries.get(key);
        if (value != null) {
            listeners.forEach(listener -> listener.onEntryRead(key, value));
        }
        return (V) value;
    }

    @Override
    public synchronized void put(Object key, Object value) {
        requireValue(value);
        boolean updated = entries.put(key, value) != null;
        listeners.forEach(listener -> {
            if (updated) {
                listener.onEntryUpdated(key, value);
            } else {
                listener.onEntryCreated(key, value);
            }
        });
    }

    @Override
    public synchronized boolean putIfAbsent(Object key, Object value) {
        requireValue(value);
        if (entries.containsKey(key)) {
            return false;
        }
        put(key, value);
        return true;
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized <T> T computeIfAbsent(Object key, Supplier<T> valueSupplier) {
        Object present = get(key);
        if (present != null) {
            return (T) present;
        }
        T created = valueSupplier.get();
        requireValue(created);
        put(key, created);
        return created;
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
        Object present = entries.get(key);
        if (present == null) {
            return;
        }
        V updated = update.apply((V) present);
        if (updated == null) {
            remove(key);
        } else {
            put(key, updated);
        }
    }

    @Override
    public synchronized boolean remove(Object key) {
        if (entries.remove(key) == null) {
            return false;
        }
        listeners.forEach(listener -> listener.onEntryRemoved(key));
        return true;
    }

    @Override
    public synchronized void removeAll() {
        Set.copyOf(entries.keySet()).forEach(this::remove);
    }

    @Override
    public synchronized boolean containsKey(Object key) {
        return entries.containsKey(key);
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private static void requireValue(Object value) {
        if (value == null) {
            throw new IllegalArgumentException("A cache holds no null value");
        }
    }
}
