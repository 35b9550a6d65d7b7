package cn.gov.lyg.enforcement.platform.problem;

import cn.gov.lyg.enforcement.platform.calendar.CalendarYearNotLoadedException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every failure inside Spring MVC into {@code application/problem+json} with a stable {@code code}.
 * Bad input is always a 4xx; only real defects are 500, and never with a stack trace in the body.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ProblemExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);
    private static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9_]+$");
    private final ProblemFactory problems;

    public ProblemExceptionHandler(ProblemFactory problems) {
        this.problems = problems;
    }

    @ExceptionHandler(ApiException.class)
    public ResponseEntity<Object> api(ApiException e, HttpServletRequest request) {
        return respond(e.status(), e.code(), e.args(), e.errors(), e.extensions(), request);
    }

    @ExceptionHandler(BindException.class)
    public ResponseEntity<Object> bind(BindException e, HttpServletRequest request) {
        List<FieldViolation> errors = new ArrayList<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            errors.add(FieldViolation.of(error.getField(), codeOf(error.getDefaultMessage(), error.getCode(),
                    error.isBindingFailure())));
        }
        for (ObjectError error : e.getBindingResult().getGlobalErrors()) {
            errors.add(FieldViolation.of(error.getObjectName(), codeOf(error.getDefaultMessage(), error.getCode(), false)));
        }
        return respond(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", null, errors, null, request);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    public ResponseEntity<Object> methodValidation(HandlerMethodValidationException e, HttpServletRequest request) {
        List<FieldViolation> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error -> {
            String name = result.getMethodParameter().getParameterName();
            String[] codes = error.getCodes();
            errors.add(FieldViolation.of(name, codeOf(error.getDefaultMessage(),
                    codes != null && codes.length > 0 ? codes[codes.length - 1] : null, false)));
        }));
        return respond(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", null, errors, null, request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    public ResponseEntity<Object> constraintViolation(ConstraintViolationException e, HttpServletRequest request) {
        List<FieldViolation> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.add(FieldViolation.of(violation.getPropertyPath().toString(), codeOf(violation)));
        }
        return respond(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", null, errors, null, request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ResponseEntity<Object> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        Throwable cause = e.getMostSpecificCause();
        // a value Jackson could read but not convert (an impossible date such as 2025-02-30) is wrapped: the
        // databind exception that knows the field sits above the most specific cause
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof DatabindException databind && !databind.getPath().isEmpty()
                    && !(t instanceof UnrecognizedPropertyException)) {
                cause = t;
                break;
            }
            if (t instanceof UnrecognizedPropertyException) {
                cause = t;
                break;
            }
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return respond(HttpStatus.BAD_REQUEST, "UNKNOWN_FIELD", null,
                    List.of(FieldViolation.of(path(unknown), "UNKNOWN_FIELD")), null, request);
        }
        if (cause instanceof InvalidFormatException invalid) {
            return respond(HttpStatus.BAD_REQUEST, "INVALID_FIELD_VALUE", null,
                    List.of(FieldViolation.of(path(invalid), "INVALID_FIELD_VALUE")), null, request);
        }
        if (cause instanceof MismatchedInputException mismatched && !(cause instanceof StreamReadException)) {
            return respond(HttpStatus.BAD_REQUEST, "INVALID_FIELD_VALUE", null,
                    List.of(FieldViolation.of(path(mismatched), "INVALID_FIELD_VALUE")), null, request);
        }
        if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            return respond(HttpStatus.BAD_REQUEST, "INVALID_FIELD_VALUE", null,
                    List.of(FieldViolation.of(path(databind), "INVALID_FIELD_VALUE")), null, request);
        }
        if (cause instanceof JacksonException || e.getMessage() == null || e.getMessage().contains("body is missing")) {
            String code = e.getMessage() != null && e.getMessage().contains("body is missing") ? "BODY_REQUIRED" : "MALFORMED_JSON";
            return respond(HttpStatus.BAD_REQUEST, code, null, List.of(), null, request);
        }
        return respond(HttpStatus.BAD_REQUEST, "MALFORMED_JSON", null, List.of(), null, request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    public ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return respond(HttpStatus.BAD_REQUEST, "INVALID_PARAMETER", new Object[] {e.getName()},
                List.of(FieldViolation.of(e.getName(), "INVALID_PARAMETER")), null, request);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    public ResponseEntity<Object> missingParameter(MissingServletRequestParameterException e, HttpServletRequest request) {
        return respond(HttpStatus.BAD_REQUEST, "PARAMETER_REQUIRED", new Object[] {e.getParameterName()},
                List.of(FieldViolation.of(e.getParameterName(), "PARAMETER_REQUIRED")), null, request);
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    public ResponseEntity<Object> missingPart(MissingServletRequestPartException e, HttpServletRequest request) {
        return respond(HttpStatus.BAD_REQUEST, "PARAMETER_REQUIRED", new Object[] {e.getRequestPartName()},
                List.of(FieldViolation.of(e.getRequestPartName(), "PARAMETER_REQUIRED")), null, request);
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    public ResponseEntity<Object> missingHeader(MissingRequestHeaderException e, HttpServletRequest request) {
        return respond(HttpStatus.BAD_REQUEST, "HEADER_REQUIRED", new Object[] {e.getHeaderName()},
                List.of(FieldViolation.of(e.getHeaderName(), "HEADER_REQUIRED")), null, request);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    public ResponseEntity<Object> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return respond(HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED", new Object[] {e.getMethod()}, List.of(),
                null, request);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    public ResponseEntity<Object> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return respond(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE", null, List.of(), null, request);
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    public ResponseEntity<Object> notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request) {
        return respond(HttpStatus.NOT_ACCEPTABLE, "NOT_ACCEPTABLE", null, List.of(), null, request);
    }

    /** A multipart body that cannot be parsed (no boundary, truncated parts): the client's fault, never a 500. */
    @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
    public ResponseEntity<Object> badMultipart(org.springframework.web.multipart.MultipartException e,
                                               HttpServletRequest request) {
        if (e instanceof MaxUploadSizeExceededException tooLarge) {
            return tooLarge(tooLarge, request);
        }
        return respond(HttpStatus.BAD_REQUEST, "MULTIPART_INVALID", null, List.of(), null, request);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    public ResponseEntity<Object> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return respond(HttpStatus.CONTENT_TOO_LARGE, "PAYLOAD_TOO_LARGE", null, List.of(), null, request);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    public ResponseEntity<Object> noResource(NoResourceFoundException e, HttpServletRequest request) {
        return respond(HttpStatus.NOT_FOUND, "NOT_FOUND", new Object[] {"resource", e.getResourcePath()}, List.of(),
                null, request);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    public ResponseEntity<Object> optimisticLock(OptimisticLockingFailureException e, HttpServletRequest request) {
        return respond(HttpStatus.CONFLICT, "VERSION_CONFLICT", null, List.of(), null, request);
    }

    @ExceptionHandler(DuplicateKeyException.class)
    public ResponseEntity<Object> duplicate(DuplicateKeyException e, HttpServletRequest request) {
        return respond(HttpStatus.CONFLICT, "DUPLICATE_KEY", null, List.of(), null, request);
    }

    @ExceptionHandler({DataAccessResourceFailureException.class, com.mongodb.MongoTimeoutException.class,
            com.mongodb.MongoSocketException.class})
    public ResponseEntity<Object> storeDown(Exception e, HttpServletRequest request) {
        log.warn("data store unavailable on {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
        ResponseEntity<Object> response = respond(HttpStatus.SERVICE_UNAVAILABLE, "SERVICE_UNAVAILABLE", null, List.of(),
                null, request);
        return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                .header("Retry-After", "5").body(response.getBody());
    }

    /**
     * A working-day deadline reaches a year whose State Council holiday notice is not loaded: the answer cannot be
     * computed honestly (the calendar never guesses), which is a 422 for the caller, never a 500.
     */
    @ExceptionHandler(CalendarYearNotLoadedException.class)
    public ResponseEntity<Object> calendarYearNotLoaded(
            CalendarYearNotLoadedException e, HttpServletRequest request) {
        log.warn("working-day calendar has no data for {} on {} {}", e.year(), request.getMethod(),
                request.getRequestURI());
        return respond(HttpStatus.UNPROCESSABLE_CONTENT, e.code(), new Object[] {String.valueOf(e.year())}, List.of(), null, request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    public ResponseEntity<Object> denied(AccessDeniedException e, HttpServletRequest request) {
        return respond(HttpStatus.FORBIDDEN, "ACCESS_DENIED", null, List.of(), null, request);
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<Object> unexpected(Exception e, HttpServletRequest request) {
        log.error("unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return respond(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", null, List.of(), null, request);
    }

    private ResponseEntity<Object> respond(HttpStatus status, String code, Object[] args, List<FieldViolation> errors,
                                           Map<String, Object> extensions, HttpServletRequest request) {
        if (status.is5xxServerError()) {
            log.warn("answering {} {} for {} {}", status.value(), code, request.getMethod(), request.getRequestURI());
        }
        return Problems.response(problems.create(status, code, args, errors, extensions, request.getRequestURI(),
                Problems.locale(request)));
    }

    /** The stable code of a Bean Validation violation (used by the handler and by row-by-row import reports). */
    public static String codeOf(ConstraintViolation<?> violation) {
        return codeOf(violation.getMessage(),
                violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(), false);
    }

    /** A message that is already a rule code wins; otherwise the constraint's name maps to a generic code. */
    public static String codeOf(String message, String constraint, boolean bindingFailure) {
        if (message != null && CODE.matcher(message).matches()) {
            return message;
        }
        if (bindingFailure) {
            return "INVALID_FIELD_VALUE";
        }
        if (constraint == null) {
            return "FIELD_INVALID";
        }
        return switch (constraint) {
            case "NotNull", "NotBlank", "NotEmpty" -> "FIELD_REQUIRED";
            case "Size", "Length" -> "FIELD_LENGTH";
            case "Pattern", "Email" -> "FIELD_FORMAT";
            case "Min", "Max", "DecimalMin", "DecimalMax", "Positive", "PositiveOrZero", "Negative", "NegativeOrZero",
                 "Range" -> "FIELD_RANGE";
            case "Past", "PastOrPresent", "Future", "FutureOrPresent" -> "FIELD_DATE";
            default -> "FIELD_INVALID";
        };
    }

    private static String path(DatabindException e) {
        StringBuilder path = new StringBuilder();
        for (var reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
