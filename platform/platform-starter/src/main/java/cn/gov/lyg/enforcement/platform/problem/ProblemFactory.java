package cn.gov.lyg.enforcement.platform.problem;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Builds RFC 9457 problem details with the platform's extensions: {@code code} (stable UPPER_SNAKE rule code),
 * {@code errors[]} (field, code, message) and {@code traceId}. Titles and details are localized: Chinese by
 * default, English for {@code Accept-Language: en}.
 */
public class ProblemFactory {

    public static final String TYPE_BASE = ProblemTexts.TYPE_BASE;
    private final MessageSource messages;

    public ProblemFactory(MessageSource messages) {
        this.messages = messages;
    }

    public ProblemDetail create(HttpStatus status, String code, Object[] args, List<FieldViolation> errors,
                                Map<String, Object> extensions, String instance, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(ProblemTexts.type(code)));
        problem.setTitle(message("problem.title." + status.value(), null, status.getReasonPhrase(), locale));
        problem.setDetail(message(code, localizedArgs(args, locale), code, locale));
        if (instance != null) {
            problem.setInstance(URI.create(instance));
        }
        problem.setProperty("code", code);
        List<Map<String, String>> rendered = new ArrayList<>();
        for (FieldViolation error : errors) {
            String text = error.message() != null ? error.message() : message(error.code(), null, error.code(), locale);
            rendered.add(Map.of("field", error.field() == null ? "" : error.field(), "code", error.code(),
                    "message", text));
        }
        problem.setProperty("errors", rendered);
        if (extensions != null) {
            extensions.forEach(problem::setProperty);
        }
        problem.setProperty("traceId", TraceIds.current());
        return problem;
    }

    /** Arguments naming an entity ({@code EnforcementItem}) are shown by their localized name ({@code entity.*}). */
    private Object[] localizedArgs(Object[] args, Locale locale) {
        if (args == null) {
            return null;
        }
        Object[] localized = args.clone();
        for (int i = 0; i < localized.length; i++) {
            if (localized[i] instanceof String name && name.matches("^[A-Za-z]+$")) {
                localized[i] = message("entity." + name, null, name, locale);
            }
        }
        return localized;
    }

    /** The localized text of a code, or {@code fallback} when the bundles have none. */
    public String message(String code, Object[] args, String fallback, Locale locale) {
        try {
            return messages.getMessage(code, args, locale);
        } catch (NoSuchMessageException e) {
            return fallback;
        }
    }
}
