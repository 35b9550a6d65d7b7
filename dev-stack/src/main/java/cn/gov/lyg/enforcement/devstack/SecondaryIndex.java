package cn.gov.lyg.enforcement.devstack;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.bson.Bson;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A non-unique secondary index for mongo-java-server, which otherwise ignores every index that is not unique and
 * answers every query on other fields with a collection scan (decoding every stored document on the H2 backend).
 * Development stand-in only: a real MongoDB uses its own indexes.
 *
 * <p>Held in memory (rebuilt from the collection when the server opens it) and keyed by the index's first field only;
 * a compound index narrows queries by its first field. It answers queries that constrain that field with a plain
 * value, {@code $eq}, {@code $in} of plain values, {@code $exists: true}, or a range of dates
 * ({@code $gt/$gte/$lt/$lte}, e.g. {@code modifiedAt >= t}): it only hands the collection a superset
 * of candidate documents, and the collection still matches every candidate against the whole query, sorts, skips
 * and limits. So a wrong guess here can cost time, never change an answer — except by leaving a matching document
 * out, which the rules below avoid: array fields are indexed by each element (multikey) and queries for arrays,
 * {@code null}, regular expressions or any other operator are not handled (scan).
 *
 * <p>The collection asks its indexes in turn and uses the first that can answer; like MongoDB's planner, the
 * secondary indexes of a collection ({@code siblings}) therefore agree among themselves that only the one with the
 * fewest candidates for the query answers (ties: the first created), so that {@code {officerId: x, status: {$in:
 * [...]}}} is answered by the officer index, not by the status index that holds half the collection.
 */
final class SecondaryIndex<P> extends Index<P> {

    private final String field;
    private final Map<KeyValue, Set<P>> byValue = new HashMap<>();
    private final Map<P, List<KeyValue>> valuesOf = new HashMap<>();
    private final Map<KeyValue, P> positionOfId = new HashMap<>();
    /** Date values by epoch millisecond, for range queries ({@code modifiedAt >= t}). */
    private final java.util.NavigableMap<Long, Set<P>> byTime = new java.util.TreeMap<>();

    private final List<SecondaryIndex<P>> siblings;

    /**
     * @param siblings the secondary indexes of the same collection (shared, thread-safe; this index adds itself and
     *                 removes itself when dropped)
     */
    SecondaryIndex(String name, List<IndexKey> keys, boolean sparse, List<SecondaryIndex<P>> siblings) {
        super(name, keys, sparse);
        this.field = keys.get(0).getKey();
        this.siblings = siblings;
        siblings.add(this);
    }

    @Override
    public synchronized P getPosition(Document document) {
        return positionOfId.get(idOf(document));
    }

    @Override
    public void checkAdd(Document document, MongoCollection<P> collection) {
        // not unique: nothing to check
    }

    @Override
    public synchronized void add(Document document, P position, MongoCollection<P> collection) {
        List<KeyValue> values = valuesIn(document);
        valuesOf.put(position, values);
        positionOfId.put(idOf(document), position);
        for (KeyValue value : values) {
            byValue.computeIfAbsent(value, v -> new LinkedHashSet<>()).add(position);
            Long time = millis(value.get(0));
            if (time != null) {
                byTime.computeIfAbsent(time, t -> new LinkedHashSet<>()).add(position);
            }
        }
    }

    private static Long millis(Object value) {
        if (value instanceof java.util.Date date) {
            return date.getTime();
        }
        if (value instanceof java.time.Instant instant) {
            return instant.toEpochMilli();
        }
        return null;
    }

    @Override
    public synchronized P remove(Document document) {
        P position = positionOfId.remove(idOf(document));
        if (position != null) {
            forget(position);
        }
        return position;
    }

    private void forget(P position) {
        List<KeyValue> values = valuesOf.remove(position);
        if (values == null) {
            return;
        }
        for (KeyValue value : values) {
            Set<P> positions = byValue.get(value);
            if (positions != null) {
                positions.remove(position);
                if (positions.isEmpty()) {
                    byValue.remove(value);
                }
            }
            Long time = millis(value.get(0));
            Set<P> atTime = time == null ? null : byTime.get(time);
            if (atTime != null) {
                atTime.remove(position);
                if (atTime.isEmpty()) {
                    byTime.remove(time);
                }
            }
        }
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<P> collection) {
        // not unique: nothing to check
    }

    @Override
    public synchronized void updateInPlace(Document oldDocument, Document newDocument, P position,
                                           MongoCollection<P> collection) {
        positionOfId.remove(idOf(oldDocument));
        forget(position);
        add(newDocument, position, collection);
    }

    private static final Object NONE = new Object();

    /**
     * The query's constraint on this index's field: at the top level, or in one conjunct of a top-level {@code $and}
     * (the candidates of one conjunct are a superset of the answer; the collection matches the whole query), e.g.
     * the outbox relay's {@code {$and: [{"outbox.messageId": {$exists: true}}, {$or: [...]}]}}; {@link #NONE} when
     * the query does not constrain the field.
     */
    private Object constraintOf(Document query) {
        if (query.containsKey(field)) {
            return query.get(field);
        }
        if (query.get("$and") instanceof List<?> conjuncts) {
            for (Object conjunct : conjuncts) {
                if (conjunct instanceof Document d && d.containsKey(field)) {
                    return d.get(field);
                }
            }
        }
        return NONE;
    }

    @Override
    public boolean canHandle(Document query) {
        long mine = estimate(query);
        if (mine < 0) {
            return false;
        }
        // each estimate under its own index's lock only, never two locks at once
        boolean before = true;
        for (SecondaryIndex<P> other : siblings) {
            if (other == this) {
                before = false;
                continue;
            }
            long theirs = other.estimate(query);
            // fewer candidates win; on a tie the earlier index does
            if (theirs >= 0 && (theirs < mine || (before && theirs == mine))) {
                return false;
            }
        }
        return true;
    }

    /** How many candidates this index would hand out for the query, or -1 when it cannot answer it. */
    synchronized long estimate(Document query) {
        Object constraint = constraintOf(query);
        if (constraint == NONE) {
            return -1;
        }
        java.util.NavigableMap<Long, Set<P>> range = rangeOf(constraint);
        if (range != null) {
            return range.values().stream().mapToLong(Set::size).sum();
        }
        List<KeyValue> wanted = candidatesFor(constraint);
        if (wanted == null) {
            return -1;
        }
        if (wanted.isEmpty()) {
            return valuesOf.values().stream().filter(v -> !v.isEmpty()).count();
        }
        long count = 0;
        for (KeyValue value : wanted) {
            count += byValue.getOrDefault(value, Set.of()).size();
        }
        return count;
    }

    @Override
    public synchronized Iterable<P> getPositions(Document query) {
        Object constraint = constraintOf(query);
        java.util.NavigableMap<Long, Set<P>> range = constraint == NONE ? null : rangeOf(constraint);
        if (range != null) {
            Set<P> positions = new LinkedHashSet<>();
            range.values().forEach(positions::addAll);
            return new ArrayList<>(positions);
        }
        List<KeyValue> wanted = constraint == NONE ? null : candidatesFor(constraint);
        if (wanted == null) {
            throw new IllegalStateException("index " + getName() + " cannot answer " + query);
        }
        if (wanted.isEmpty()) {
            // $exists: true: every document with a value
            return new ArrayList<>(valuesOf.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                    .map(Map.Entry::getKey).toList());
        }
        Set<P> positions = new LinkedHashSet<>();
        for (KeyValue value : wanted) {
            positions.addAll(byValue.getOrDefault(value, Set.of()));
        }
        return new ArrayList<>(positions);
    }

    /**
     * For {@code $gt / $gte / $lt / $lte} with date operands (and nothing else): the dates in range; else null.
     * Documents whose value is not a date are never in a date range in MongoDB either (comparisons are by type).
     */
    private java.util.NavigableMap<Long, Set<P>> rangeOf(Object constraint) {
        if (!(constraint instanceof Document operators) || operators.isEmpty()) {
            return null;
        }
        long from = Long.MIN_VALUE;
        long to = Long.MAX_VALUE;
        boolean fromInclusive = true;
        boolean toInclusive = true;
        for (Map.Entry<String, Object> e : operators.entrySet()) {
            Long bound = millis(e.getValue());
            if (bound == null) {
                return null;
            }
            switch (e.getKey()) {
                case "$gt" -> { from = bound; fromInclusive = false; }
                case "$gte" -> { from = bound; fromInclusive = true; }
                case "$lt" -> { to = bound; toInclusive = false; }
                case "$lte" -> { to = bound; toInclusive = true; }
                default -> {
                    return null;
                }
            }
        }
        if (from > to) {
            return java.util.Collections.emptyNavigableMap();
        }
        return byTime.subMap(from, fromInclusive, to, toInclusive);
    }

    /** The keys to look up for a constraint, an empty list for "any value", null when this index cannot answer. */
    private static List<KeyValue> candidatesFor(Object constraint) {
        if (constraint instanceof Document operators) {
            if (operators.size() != 1) {
                return null;
            }
            String operator = operators.keySet().iterator().next();
            Object operand = operators.get(operator);
            return switch (operator) {
                case "$eq" -> plain(operand) ? List.of(key(operand)) : null;
                case "$in" -> operand instanceof Collection<?> values && values.stream().allMatch(SecondaryIndex::plain)
                        ? values.stream().map(SecondaryIndex::key).distinct().toList() : null;
                case "$exists" -> Boolean.TRUE.equals(operand) ? List.of() : null;
                default -> null;
            };
        }
        return plain(constraint) ? List.of(key(constraint)) : null;
    }

    private static boolean plain(Object value) {
        return value != null && !(value instanceof Bson) && !(value instanceof Collection<?>)
                && !(value instanceof Pattern) && !(value instanceof Missing);
    }

    private static KeyValue key(Object value) {
        return new KeyValue(value).normalized();
    }

    private List<KeyValue> valuesIn(Document document) {
        Object value = Utils.getSubdocumentValueCollectionAware(document, field);
        Set<KeyValue> keys = new HashSet<>();
        collect(value, keys);
        return List.copyOf(keys);
    }

    private static void collect(Object value, Set<KeyValue> into) {
        if (value instanceof Collection<?> values) {
            // multikey: each element (and elements of nested arrays reached through the path)
            for (Object element : values) {
                collect(element, into);
            }
        } else if (plain(value)) {
            into.add(key(value));
        }
        // documents, null and missing values are not indexed: queries for them are not answered here
    }

    private static KeyValue idOf(Document document) {
        return key(document.get("_id"));
    }

    @Override
    public synchronized long getCount() {
        return valuesOf.size();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }

    @Override
    public synchronized void drop() {
        siblings.remove(this);
        byValue.clear();
        byTime.clear();
        valuesOf.clear();
        positionOfId.clear();
    }
}
