package cn.gov.lyg.enforcement.platform.kafka;

/** A message that can never be processed (bad envelope, schema violation): sent to the DLT without retries. */
public class InvalidEventException extends RuntimeException {

    public InvalidEventException(String message) {
        super(message);
    }
}
