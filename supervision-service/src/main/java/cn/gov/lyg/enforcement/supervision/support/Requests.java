package cn.gov.lyg.enforcement.supervision.support;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Bean Validation of request bodies inside the application services, after {@code @PreAuthorize}: a caller without
 * the role gets 403 before anything about the body is said (400 {@code VALIDATION_FAILED} otherwise).
 */
@Component
public class Requests {

    private final Validator validator;

    public Requests(Validator validator) {
        this.validator = validator;
    }

    public <T> T valid(T body) {
        if (body == null) {
            throw new cn.gov.lyg.enforcement.platform.problem.ApiException(
                    org.springframework.http.HttpStatus.BAD_REQUEST, "BODY_REQUIRED");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(body);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return body;
    }
}
