package cn.gov.lyg.enforcement.platform.readmodel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * A {@link MirrorTarget} that holds values by id, optionally grouped by a second key (for example certificates by
 * officer), for lookups by key only. Reads are lock-free (concurrent maps, immutable group lists); writes (rare
 * next to reads) are serialised by a lock; a full replacement swaps in new maps at once. A value never replaces a
 * newer version of the same id.
 *
 * @param <V> the value held (immutable, or never mutated once applied)
 */
public final class VersionedMirror<V> implements MirrorTarget<V> {

    private record Entry<V>(V value, long version, long stamp) {
    }

    private record State<V>(Map<String, Entry<V>> byId, Map<String, List<String>> byGroup) {
    }

    private final Function<V, String> idOf;
    private final ToLongFunction<V> versionOf;
    private final Function<V, String> groupOf;
    private final AtomicLong stamps = new AtomicLong();
    private final AtomicLong generation = new AtomicLong();
    private volatile State<V> state = new State<>(new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
    private volatile boolean loaded;

    /**
     * @param idOf      the value's id
     * @param versionOf its optimistic-lock version (higher is newer)
     * @param groupOf   the group key, or {@code null} for a model without groups; a value may return null (no group)
     */
    public VersionedMirror(Function<V, String> idOf, ToLongFunction<V> versionOf, Function<V, String> groupOf) {
        this.idOf = Objects.requireNonNull(idOf);
        this.versionOf = Objects.requireNonNull(versionOf);
        this.groupOf = groupOf;
    }

    public Optional<V> get(String id) {
        Entry<V> entry = state.byId().get(id);
        return entry == null ? Optional.empty() : Optional.of(entry.value());
    }

    /** The values of a group, in no particular order (empty when the group is unknown). */
    public List<V> group(String key) {
        State<V> current = state;
        List<String> ids = current.byGroup().get(key);
        if (ids == null) {
            return List.of();
        }
        List<V> values = new ArrayList<>(ids.size());
        for (String id : ids) {
            Entry<V> entry = current.byId().get(id);
            if (entry != null) {
                values.add(entry.value());
            }
        }
        return values;
    }

    public void apply(V value) {
        applyAll(List.of(value));
    }

    @Override
    public synchronized void applyAll(Collection<V> values) {
        if (values.isEmpty()) {
            return;
        }
        State<V> current = state;
        Map<String, Entry<V>> byId = current.byId();
        Map<String, List<String>> byGroup = current.byGroup();
        for (V value : values) {
            String id = idOf.apply(value);
            Entry<V> known = byId.get(id);
            long version = versionOf.applyAsLong(value);
            if (known != null && known.version() > version) {
                continue;
            }
            byId.put(id, new Entry<>(value, version, stamps.incrementAndGet()));
            generation.incrementAndGet();
            if (groupOf != null) {
                String before = known == null ? null : groupOf.apply(known.value());
                String after = groupOf.apply(value);
                if (!Objects.equals(before, after) || known == null) {
                    if (before != null) {
                        remove(byGroup, before, id);
                    }
                    if (after != null) {
                        add(byGroup, after, id);
                    }
                }
            }
        }
    }

    @Override
    public synchronized void replaceAll(Collection<V> values, long startStamp) {
        Map<String, Entry<V>> next = new ConcurrentHashMap<>(values.size() * 2);
        for (V value : values) {
            next.put(idOf.apply(value), new Entry<>(value, versionOf.applyAsLong(value), 0));
        }
        for (Map.Entry<String, Entry<V>> known : state.byId().entrySet()) {
            Entry<V> read = next.get(known.getKey());
            Entry<V> mine = known.getValue();
            if (read == null ? mine.stamp() > startStamp : mine.version() > read.version()) {
                next.put(known.getKey(), mine);
            }
        }
        Map<String, List<String>> groups = new ConcurrentHashMap<>();
        if (groupOf != null) {
            for (Map.Entry<String, Entry<V>> e : next.entrySet()) {
                String key = groupOf.apply(e.getValue().value());
                if (key != null) {
                    groups.computeIfAbsent(key, k -> new ArrayList<>()).add(e.getKey());
                }
            }
            groups.replaceAll((k, ids) -> List.copyOf(ids));
        }
        state = new State<>(next, groups);
        loaded = true;
        generation.incrementAndGet();
    }

    /** Every value held, in no particular order (for a derived index; rebuild it when {@link #generation()} moves). */
    public List<V> values() {
        return state.byId().values().stream().map(Entry::value).toList();
    }

    /**
     * A number that changes with every write that changed the mirror (an applied value, a full replacement), so that
     * an index derived from {@link #values()} knows when to rebuild.
     */
    public long generation() {
        return generation.get();
    }

    private static void add(Map<String, List<String>> groups, String key, String id) {
        List<String> ids = new ArrayList<>(groups.getOrDefault(key, List.of()));
        if (!ids.contains(id)) {
            ids.add(id);
        }
        groups.put(key, List.copyOf(ids));
    }

    private static void remove(Map<String, List<String>> groups, String key, String id) {
        List<String> ids = new ArrayList<>(groups.getOrDefault(key, List.of()));
        ids.remove(id);
        if (ids.isEmpty()) {
            groups.remove(key);
        } else {
            groups.put(key, List.copyOf(ids));
        }
    }

    @Override
    public long stamp() {
        return stamps.get();
    }

    @Override
    public boolean isLoaded() {
        return loaded;
    }

    @Override
    public int size() {
        return state.byId().size();
    }
}
