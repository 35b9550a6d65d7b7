package cn.gov.lyg.enforcement.events;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An earlier, superseded version of an event contract that consumers must still read: events of that type stay on
 * the topic (retention, replay of projections) after the producer moved to the newer version. The record class binds
 * every version; members a version lacks are {@code null}. Each version keeps its own JSON Schema file, which is never
 * edited once published.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface EventVersion {

    /** CloudEvent {@code type} of the earlier version, e.g. {@code ...certificate.issued.v1}. */
    String type();

    /** Classpath location of that version's JSON Schema. */
    String schema();
}
