package cn.gov.lyg.enforcement.catalog.item;

import cn.gov.lyg.enforcement.events.vocabulary.AdminLevel;
import cn.gov.lyg.enforcement.events.vocabulary.EnforcementDomain;
import cn.gov.lyg.enforcement.events.vocabulary.ItemType;
import cn.gov.lyg.enforcement.platform.readmodel.MirrorTarget;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The in-memory read model of the item catalog: one immutable {@link ItemView} per item, kept in an immutable
 * {@link Snapshot} (entries in item-code order, bit-set inverted indexes on status, type, domain, implementing
 * agency and exercise level), answering the catalog's filtered, sorted, paged search without touching MongoDB.
 *
 * <p>Pure Java, no Spring: the read-model sync (ItemSearchConfiguration) feeds it (start-up load, periodic refresh from MongoDB) and
 * {@link ItemSearchWriteHook} applies every successful item write of this instance.
 *
 * <p><b>Updates.</b> {@link #apply} is cheap and lock-free: the view goes into a pending map (newest version per id
 * wins). The next search merges the pending views into a new snapshot (one O(n) pass under a lock) and publishes it,
 * so a write is visible to every search that starts after the write returned (read-your-writes on this instance),
 * and a batch of writes (an import of 5 000 rows, a law change flagging hundreds of items) costs one merge.
 * Every update is guarded by the document's optimistic-locking {@code version}: an older version never replaces a
 * newer one, so the periodic refresh and this instance's writes can arrive in any order. {@link #replaceAll} (the
 * full rebuild) drops items that vanished from MongoDB but keeps what this instance wrote while the rebuild was
 * reading.
 *
 * <p><b>Semantics</b> are those of the former MongoDB query: filters combine with AND; {@code text} is a
 * case-insensitive substring of the name or the item code; {@code reviewRequired=false} means "not flagged";
 * {@code validOn} means {@code validFrom <= d} and ({@code validTo} open or {@code >= d}); enum fields sort by
 * their stored name and strings in code-point order (MongoDB's binary order); ties are broken by item code
 * ascending (unique), so paging is stable.
 */
public final class ItemSearchIndex implements MirrorTarget<ItemView> {

    /** The sortable fields, by the (MongoDB) property names the controllers put into the {@link Pageable}. */
    static final Map<String, Comparator<Entry>> SORTS = Map.of(
            "definition.itemCode", Comparator.comparing(Entry::code, ItemSearchIndex::compareCodePoints),
            "definition.name", Comparator.comparing(e -> e.view().name(),
                    Comparator.nullsFirst(ItemSearchIndex::compareCodePoints)),
            "validFrom", Comparator.comparing(e -> e.view().validFrom(), Comparator.nullsFirst(Comparator.naturalOrder())),
            "modifiedAt", Comparator.comparing(e -> e.view().modifiedAt(),
                    Comparator.nullsFirst(Comparator.naturalOrder())),
            "status", Comparator.comparing(e -> e.view().status().name()),
            "definition.itemType", Comparator.comparing(e -> e.view().itemType().name()),
            "definition.domain", Comparator.comparing(e -> e.view().domain().name()));

    private static final Comparator<Entry> CODE_ORDER = SORTS.get("definition.itemCode")
            .thenComparing(Entry::id);

    private final Map<String, Entry> pending = new ConcurrentHashMap<>();
    private final AtomicLong stamps = new AtomicLong();
    private final Object merging = new Object();
    private volatile Snapshot snapshot = Snapshot.of(List.of());
    private volatile boolean loaded;

    /** Applies one written or re-read item (ignored, at the next merge, when a newer version is known). */
    public void apply(ItemView view) {
        Entry entry = Entry.of(view, stamps.incrementAndGet());
        pending.merge(entry.id(), entry, (known, incoming) -> incoming.version() >= known.version() ? incoming : known);
    }

    /** Applies several items. */
    @Override
    public void applyAll(Collection<ItemView> views) {
        views.forEach(this::apply);
    }

    /** The current stamp: {@link #replaceAll} keeps entries applied after it. */
    @Override
    public long stamp() {
        return stamps.get();
    }

    /**
     * Replaces the whole model with {@code views} read from MongoDB by a scan that started at {@code startStamp}
     * ({@link #stamp()} taken before the scan): items missing from the scan are dropped unless this instance
     * applied them after the scan started; a newer version known here is kept.
     */
    @Override
    public void replaceAll(Collection<ItemView> views, long startStamp) {
        synchronized (merging) {
            Snapshot current = merged();
            Map<String, Entry> next = new HashMap<>(views.size() * 2);
            for (ItemView view : views) {
                Entry entry = Entry.of(view, 0);
                next.put(entry.id(), entry);
            }
            for (Entry known : current.entries()) {
                Entry read = next.get(known.id());
                if (read == null ? known.stamp() > startStamp : known.version() > read.version()) {
                    next.put(known.id(), known);
                }
            }
            snapshot = Snapshot.of(next.values());
            loaded = true;
        }
    }

    /** Whether the model holds the catalog (after the first full load). */
    @Override
    public boolean isLoaded() {
        return loaded;
    }

    @Override
    public int size() {
        return current().entries().length;
    }

    public Optional<ItemView> find(String id) {
        return Optional.ofNullable(current().get(id)).map(Entry::view);
    }

    /**
     * One page of the items matching {@code filter}, restricted to {@code visibleStatuses} when not null, in the
     * page request's order (by default and as the last tiebreak: item code ascending).
     */
    public Page<ItemView> search(ItemFilter filter, Collection<ItemStatus> visibleStatuses, Pageable pageable) {
        Snapshot s = current();
        int[] matches = s.ordered(s.matching(filter, visibleStatuses), pageable.getSort());
        int from = pageable.isPaged() ? (int) Math.min(pageable.getOffset(), matches.length) : 0;
        int to = pageable.isPaged() ? (int) Math.min((long) from + pageable.getPageSize(), matches.length)
                : matches.length;
        List<ItemView> content = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            content.add(s.entries()[matches[i]].view());
        }
        return new PageImpl<>(content, pageable, matches.length);
    }

    /** Compares strings by code point (= the UTF-8 byte order MongoDB uses), not by UTF-16 unit. */
    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /** The snapshot with every pending write merged in. */
    private Snapshot current() {
        if (pending.isEmpty()) {
            return snapshot;
        }
        synchronized (merging) {
            return merged();
        }
    }

    /** Merges the pending writes into a new snapshot; call while holding {@link #merging}. */
    private Snapshot merged() {
        if (pending.isEmpty()) {
            return snapshot;
        }
        Map<String, Entry> drained = new HashMap<>(pending);
        Snapshot base = snapshot;
        List<Entry> changes = new ArrayList<>(drained.size());
        boolean inPlace = true;
        for (Entry incoming : drained.values()) {
            Entry known = base.get(incoming.id());
            if (known != null && incoming.version() < known.version()) {
                continue; // stale: a newer version is known already
            }
            inPlace &= known != null && known.code().equals(incoming.code());
            changes.add(incoming);
        }
        Snapshot next;
        if (changes.isEmpty()) {
            next = base;
        } else if (inPlace) {
            // the common case (a status change, an adjustment, a review flag): positions stay, O(n) array copy
            next = base.replacing(changes);
        } else {
            Set<String> changed = new HashSet<>();
            changes.forEach(e -> changed.add(e.id()));
            List<Entry> all = new ArrayList<>(base.entries().length + changes.size());
            for (Entry known : base.entries()) {
                if (!changed.contains(known.id())) {
                    all.add(known);
                }
            }
            all.addAll(changes);
            next = Snapshot.of(all);
        }
        snapshot = next;
        // publish first, then forget only what was merged: a newer write arriving meanwhile stays pending
        drained.forEach(pending::remove);
        return next;
    }

    /** One item in the model: its view and the pre-computed keys filters use. */
    record Entry(String id, String code, String codeKey, String nameKey, long version, long stamp, ItemView view) {

        static Entry of(ItemView view, long stamp) {
            return new Entry(view.id(), view.itemCode(), lower(view.itemCode()), lower(view.name()),
                    view.version() == null ? -1 : view.version(), stamp, view);
        }

        private static String lower(String s) {
            return s == null ? "" : s.toLowerCase(Locale.ROOT);
        }
    }

    /** The sortable fields in a fixed order (the index into {@link Snapshot}'s lazily computed rank arrays). */
    private static final List<String> FIELDS = List.of("definition.itemCode", "definition.name", "validFrom",
            "modifiedAt", "status", "definition.itemType", "definition.domain");

    /**
     * An immutable state of the model: entries in item-code order (a position is an entry's index), bit sets of
     * positions per indexed value, and per sortable field the dense rank of each position (computed on first use,
     * after which every sort by that field compares ints).
     */
    static final class Snapshot {

        private final Entry[] entries;
        private final Map<String, Integer> positions;
        private final Map<ItemStatus, BitSet> status;
        private final Map<ItemType, BitSet> type;
        private final Map<EnforcementDomain, BitSet> domain;
        private final Map<AdminLevel, BitSet> level;
        private final Map<String, BitSet> agency;
        private final AtomicReferenceArray<int[]> ranks = new AtomicReferenceArray<>(FIELDS.size());

        private Snapshot(Collection<Entry> items) {
            entries = items.toArray(Entry[]::new);
            Arrays.sort(entries, CODE_ORDER);
            positions = new HashMap<>(entries.length * 2);
            status = new EnumMap<>(ItemStatus.class);
            type = new EnumMap<>(ItemType.class);
            domain = new EnumMap<>(EnforcementDomain.class);
            level = new EnumMap<>(AdminLevel.class);
            agency = new HashMap<>();
            for (int i = 0; i < entries.length; i++) {
                ItemView v = entries[i].view();
                positions.put(v.id(), i);
                set(status, v.status(), i);
                set(type, v.itemType(), i);
                set(domain, v.domain(), i);
                for (AdminLevel l : v.exerciseLevels()) {
                    set(level, l, i);
                }
                for (String a : v.implementingAgencyCodes()) {
                    set(agency, a, i);
                }
            }
        }

        static Snapshot of(Collection<Entry> items) {
            return new Snapshot(items);
        }

        Entry[] entries() {
            return entries;
        }

        Entry get(String id) {
            Integer position = positions.get(id);
            return position == null ? null : entries[position];
        }

        /**
         * A copy with some entries replaced by new versions with the same item code (so every position stays):
         * the entry array is copied, only the bit sets whose members change are copied, and the rank arrays of
         * fields no replaced entry changed are shared.
         */
        Snapshot replacing(List<Entry> changes) {
            return new Snapshot(this, changes);
        }

        private Snapshot(Snapshot base, List<Entry> changes) {
            entries = base.entries.clone();
            positions = base.positions;
            status = new EnumMap<>(base.status);
            type = new EnumMap<>(base.type);
            domain = new EnumMap<>(base.domain);
            level = new EnumMap<>(base.level);
            agency = new HashMap<>(base.agency);
            Set<Object> copied = new HashSet<>();
            boolean[] keepRank = new boolean[FIELDS.size()];
            Arrays.fill(keepRank, true);
            for (Entry now : changes) {
                int p = positions.get(now.id());
                Entry old = entries[p];
                entries[p] = now;
                for (int k = 1; k < FIELDS.size(); k++) {
                    keepRank[k] &= SORTS.get(FIELDS.get(k)).compare(old, now) == 0;
                }
                ItemView was = old.view();
                ItemView is = now.view();
                move(status, copied, listOf(was.status()), listOf(is.status()), p);
                move(type, copied, listOf(was.itemType()), listOf(is.itemType()), p);
                move(domain, copied, listOf(was.domain()), listOf(is.domain()), p);
                move(level, copied, was.exerciseLevels(), is.exerciseLevels(), p);
                move(agency, copied, was.implementingAgencyCodes(), is.implementingAgencyCodes(), p);
            }
            for (int k = 0; k < FIELDS.size(); k++) {
                if (keepRank[k]) {
                    ranks.set(k, base.ranks.get(k));
                }
            }
        }

        private static <K> List<K> listOf(K key) {
            return key == null ? List.of() : List.of(key);
        }

        /** Moves a position from the bit sets of the old keys to those of the new ones, copying each set once. */
        private static <K> void move(Map<K, BitSet> index, Set<Object> copied, Collection<K> before,
                                     Collection<K> after, int position) {
            for (K key : before) {
                if (!after.contains(key)) {
                    writable(index, copied, key).clear(position);
                }
            }
            for (K key : after) {
                if (!before.contains(key)) {
                    writable(index, copied, key).set(position);
                }
            }
        }

        private static <K> BitSet writable(Map<K, BitSet> index, Set<Object> copied, K key) {
            BitSet bits = index.get(key);
            if (copied.add(java.util.List.of(index.getClass(), key))) {
                bits = bits == null ? new BitSet() : (BitSet) bits.clone();
                index.put(key, bits);
            }
            return bits;
        }

        private static <K> void set(Map<K, BitSet> index, K key, int position) {
            if (key != null) {
                index.computeIfAbsent(key, k -> new BitSet()).set(position);
            }
        }

        /** The dense rank of every position for a sortable field (equal values, equal rank). */
        private int[] rank(int field) {
            int[] known = ranks.get(field);
            if (known != null) {
                return known;
            }
            int n = entries.length;
            int[] rank = new int[n];
            if (field == 0) { // item code: the positions' own order (codes are unique)
                for (int i = 0; i < n; i++) {
                    rank[i] = i;
                }
            } else {
                Comparator<Entry> cmp = SORTS.get(FIELDS.get(field));
                Integer[] order = new Integer[n];
                for (int i = 0; i < n; i++) {
                    order[i] = i;
                }
                Arrays.sort(order, (a, b) -> cmp.compare(entries[a], entries[b]));
                for (int k = 1; k < n; k++) {
                    rank[order[k]] = rank[order[k - 1]]
                            + (cmp.compare(entries[order[k - 1]], entries[order[k]]) == 0 ? 0 : 1);
                }
            }
            ranks.compareAndSet(field, null, rank); // a race computes an equal array twice, harmlessly
            return rank;
        }

        /** The matching positions (ascending: item-code order) sorted by {@code sort}, item code ascending last. */
        int[] ordered(int[] matches, Sort sort) {
            List<Sort.Order> orders = sort.toList();
            int[] fields = new int[orders.size()];
            boolean[] desc = new boolean[orders.size()];
            for (int k = 0; k < orders.size(); k++) {
                fields[k] = FIELDS.indexOf(orders.get(k).getProperty());
                if (fields[k] < 0) {
                    throw new IllegalArgumentException("not a sortable item field: " + orders.get(k).getProperty());
                }
                desc[k] = orders.get(k).isDescending();
            }
            if (fields.length == 0 || (fields[0] == 0 && !desc[0])) {
                return matches; // item code ascending (anything after a unique key changes nothing)
            }
            if (fields[0] == 0) {
                int[] out = new int[matches.length];
                for (int i = 0; i < matches.length; i++) {
                    out[i] = matches[matches.length - 1 - i];
                }
                return out;
            }
            int n = entries.length;
            int[][] keys = new int[fields.length][];
            for (int k = 0; k < fields.length; k++) {
                keys[k] = rank(fields[k]);
            }
            if (keys.length == 1) {
                // one field: (rank, position) packed into longs, sorted as primitives
                long[] packed = new long[matches.length];
                for (int i = 0; i < matches.length; i++) {
                    int r = keys[0][matches[i]];
                    packed[i] = ((long) (desc[0] ? n - r : r) << 32) | matches[i];
                }
                Arrays.sort(packed);
                int[] out = new int[matches.length];
                for (int i = 0; i < packed.length; i++) {
                    out[i] = (int) packed[i];
                }
                return out;
            }
            Integer[] boxed = new Integer[matches.length];
            for (int i = 0; i < matches.length; i++) {
                boxed[i] = matches[i];
            }
            Arrays.sort(boxed, (a, b) -> {
                for (int k = 0; k < keys.length; k++) {
                    int c = Integer.compare(keys[k][a], keys[k][b]);
                    if (c != 0) {
                        return desc[k] ? -c : c;
                    }
                }
                return Integer.compare(a, b);
            });
            int[] out = new int[boxed.length];
            for (int i = 0; i < boxed.length; i++) {
                out[i] = boxed[i];
            }
            return out;
        }

        /** The matching positions, ascending (item-code order). */
        int[] matching(ItemFilter filter, Collection<ItemStatus> visibleStatuses) {
            BitSet candidates = null;
            if (visibleStatuses != null) {
                BitSet visible = new BitSet();
                for (ItemStatus s : Set.copyOf(visibleStatuses)) {
                    BitSet bits = status.get(s);
                    if (bits != null) {
                        visible.or(bits);
                    }
                }
                candidates = visible;
            }
            candidates = and(candidates, filter.status(), status);
            candidates = and(candidates, filter.itemType(), type);
            candidates = and(candidates, filter.domain(), domain);
            candidates = and(candidates, filter.agencyCode(), agency);
            candidates = and(candidates, filter.level(), level);
            String text = filter.text() == null || filter.text().isBlank() ? null
                    : filter.text().trim().toLowerCase(Locale.ROOT);
            Boolean review = filter.reviewRequired();
            LocalDate validOn = filter.validOn();
            int[] out = new int[candidates == null ? entries.length : candidates.cardinality()];
            int count = 0;
            if (candidates == null) {
                for (int i = 0; i < entries.length; i++) {
                    if (rest(entries[i], text, review, validOn)) {
                        out[count++] = i;
                    }
                }
            } else {
                for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
                    if (rest(entries[i], text, review, validOn)) {
                        out[count++] = i;
                    }
                }
            }
            return count == out.length ? out : Arrays.copyOf(out, count);
        }

        private static <K> BitSet and(BitSet candidates, K key, Map<K, BitSet> index) {
            if (key == null) {
                return candidates;
            }
            BitSet bits = index.get(key);
            if (bits == null) {
                return new BitSet();
            }
            if (candidates == null) {
                return (BitSet) bits.clone();
            }
            candidates.and(bits);
            return candidates;
        }

        /** The filters without an index: text, review flag, validity date. */
        private static boolean rest(Entry e, String text, Boolean review, LocalDate validOn) {
            if (text != null && !e.codeKey().contains(text) && !e.nameKey().contains(text)) {
                return false;
            }
            if (review != null && review != e.view().reviewRequired()) {
                return false;
            }
            if (validOn != null) {
                LocalDate from = e.view().validFrom();
                LocalDate to = e.view().validTo();
                return from != null && !from.isAfter(validOn) && (to == null || !to.isBefore(validOn));
            }
            return true;
        }
    }

    /** For tests: the ids in the model, in item-code order. */
    List<String> ids() {
        List<String> ids = new ArrayList<>();
        for (Entry e : current().entries()) {
            ids.add(e.id());
        }
        return ids;
    }

}
