package cn.gov.lyg.enforcement.platform.kafka;

/** An event from a CloudEvent source not allowed to produce it ({@link EventSourcePolicy}): to the DLT at once. */
public class UntrustedEventSourceException extends InvalidEventException {

    public UntrustedEventSourceException(String message) {
        super(message);
    }
}
