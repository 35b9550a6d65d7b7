package cn.gov.lyg.enforcement.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds an event record to its CloudEvent type, its topic and its JSON Schema (a classpath resource), and lists the
 * earlier versions of the same event that consumers still read ({@link #previous()}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventContract {

    /** CloudEvent {@code type}, e.g. {@code cn.gov.lyg.enforcement.catalog.item.published.v1}. */
    String type();

    /** Topic the event is published on, one of {@link Topics}. */
    String topic();

    /** Classpath location of the JSON Schema of the payload, e.g. {@code schemas/catalog/item-published.v1.json}. */
    String schema();

    /**
     * Earlier versions of this event that consumers still read (oldest first). The producer always writes
     * {@link #type()}; a schema change that removes, renames or tightens a member, or adds a required one, is a new
     * version: a new {@code .vN} type and schema file, the old one listed here.
     */
    EventVersion[] previous() default {};
}
