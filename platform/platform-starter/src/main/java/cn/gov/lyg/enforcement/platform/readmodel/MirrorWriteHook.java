package cn.gov.lyg.enforcement.platform.readmodel;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveCallback;

/**
 * Applies this instance's writes of one aggregate type to an in-memory read model before the write returns
 * (read-your-writes), next to the periodic refresh of a {@link MongoMirrorSync}. The model gets a detached copy read
 * from the saved document, without the outbox and the fields named as stripped (as the sync excludes them): the
 * saved entity stays with the code that saved it and may be changed again. If applying fails the write still stands
 * (the failure is logged, never thrown) and the next refresh brings it in.
 *
 * <p>Subclass it once per aggregate type, as a bean: Spring Data picks the callbacks for an entity by the type
 * argument the subclass gives, for example
 * <pre>{@code
 * @Component
 * class OfficerWrites extends MirrorWriteHook<Officer> {
 *     OfficerWrites(EligibilityReadModel model, @Lazy MongoTemplate mongo) {
 *         super(Officer.class, model.officers()::apply, mongo::getConverter);
 *     }
 * }
 * }</pre>
 * The converter is resolved at the first write: the {@code MongoTemplate} needs its callbacks, so it is injected
 * lazily.
 *
 * @param <T> the aggregate saved
 */
public abstract class MirrorWriteHook<T> implements AfterSaveCallback<T>, Ordered {

    private static final Logger log = LoggerFactory.getLogger(MirrorWriteHook.class);

    private final Class<T> type;
    private final Consumer<? super T> apply;
    private final Supplier<? extends MongoConverter> converter;
    private final List<String> stripped;

    /**
     * @param type           the aggregate type (as the subclass's type argument)
     * @param apply          applies a detached copy to the model, e.g. {@link VersionedMirror#apply}
     * @param converter      reads the copy from the saved document; called at each write, not before
     * @param strippedFields fields left out of the copy besides {@code outbox}
     */
    protected MirrorWriteHook(Class<T> type, Consumer<? super T> apply, Supplier<? extends MongoConverter> converter,
                              String... strippedFields) {
        this.type = Objects.requireNonNull(type);
        this.apply = Objects.requireNonNull(apply);
        this.converter = Objects.requireNonNull(converter);
        this.stripped = List.of(strippedFields);
    }

    @Override
    public T onAfterSave(T entity, Document document, String collection) {
        try {
            Document copy = new Document(document);
            copy.remove("outbox");
            copy.remove("processedEvents");
            stripped.forEach(copy::remove);
            apply.accept(converter.get().read(type, copy));
        } catch (RuntimeException e) {
            log.warn("read model: cannot apply the write of {} {}: {}", type.getSimpleName(), document.get("_id"),
                    e.toString());
        }
        return entity;
    }

    /** Before the outbox's after-save callback ({@code LOWEST_PRECEDENCE}), which hints the relay. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 1;
    }
}
