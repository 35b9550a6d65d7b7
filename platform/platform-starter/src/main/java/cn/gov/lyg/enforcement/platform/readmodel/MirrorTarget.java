package cn.gov.lyg.enforcement.platform.readmodel;

import java.util.Collection;

/**
 * An in-memory read model that {@link MongoMirrorSync} keeps in step with one MongoDB collection. Implementations
 * are thread-safe: the sync thread and write hooks call them while requests read them.
 *
 * @param <V> the model's view of one document
 */
public interface MirrorTarget<V> {

    /** A counter of applied values; {@link #replaceAll} keeps what was applied after the stamp it is given. */
    long stamp();

    /**
     * Replaces the whole model with {@code values} read by a full scan that started at {@code startStamp}
     * ({@link #stamp()} taken before the scan): values missing from the scan are dropped unless they were applied
     * after the scan started; a newer version known to the model is kept.
     */
    void replaceAll(Collection<V> values, long startStamp);

    /** Applies values re-read or written (a value older than the known version of the same id is ignored). */
    void applyAll(Collection<V> values);

    /** Whether a full load has happened (until then callers fall back to MongoDB). */
    boolean isLoaded();

    int size();
}
