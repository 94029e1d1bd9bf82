package dev.agentcore4j.model.offline;

import java.lang.ref.WeakReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;

/**
 * Values derived from immutable objects, remembered by the objects' identity. A conversation is
 * resent whole on every model call, but its messages are the same immutable instances each time,
 * so what was derived from one once can be found again by reference: no deep hashing or equality
 * of content, no lock.
 *
 * <p>Bounded and direct-mapped: a key has one slot and a colliding key takes it over. Keys are
 * held weakly, so the memo keeps no conversation alive. A lost race only costs a recomputation;
 * values must be pure functions of their key, so answers never depend on what is remembered.
 */
final class IdentityMemo<K, V> {

    private record Entry<K, V>(WeakReference<K> key, V value) { }

    private final AtomicReferenceArray<Entry<K, V>> slots;

    /** @param slots a power of two */
    IdentityMemo(int slots) {
        if (Integer.bitCount(slots) != 1) {
            throw new IllegalArgumentException("slots must be a power of two: " + slots);
        }
        this.slots = new AtomicReferenceArray<>(slots);
    }

    V get(K key, Function<? super K, ? extends V> derive) {
        int hash = System.identityHashCode(key);
        int slot = (hash ^ (hash >>> 16)) & (slots.length() - 1);
        Entry<K, V> entry = slots.get(slot);
        if (entry != null && entry.key().get() == key) {
            return entry.value();
        }
        V value = derive.apply(key);
        slots.set(slot, new Entry<>(new WeakReference<>(key), value));
        return value;
    }
}
