package cn.gov.lyg.enforcement.platform.problem;

import java.util.Collection;
import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * 409 for a state-machine transition that is not allowed from the current state; the problem carries
 * {@code currentStatus} and {@code allowedActions} so that a client can tell what it may do instead.
 */
public class InvalidTransitionException extends ApiException {

    public InvalidTransitionException(String entity, Object currentStatus, String action, Collection<String> allowed) {
        super(HttpStatus.CONFLICT, "INVALID_TRANSITION", List.of(), entity, currentStatus, action);
        with("currentStatus", String.valueOf(currentStatus));
        with("action", action);
        with("allowedActions", List.copyOf(allowed));
    }
}
