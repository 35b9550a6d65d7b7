package cn.gov.lyg.enforcement.benchmark.web;

import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import java.util.List;
import org.springframework.http.HttpStatus;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Request bodies are read after authorization (so that a caller without the right answers 403 before any 400): the
 * controller takes the JSON tree, the service converts it once the caller is authorized. Invalid content answers 400
 * with {@code code} and the offending path.
 */
public final class Bodies {

    private Bodies() {
    }

    public static <T> T read(JsonMapper json, String body, Class<T> type, String invalidCode) {
        if (body == null || body.isBlank()) {
            throw ApiException.badRequest("BODY_REQUIRED");
        }
        try {
            // absent booleans mean false in these bodies
            T value = json.readerFor(type).without(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).readValue(body);
            if (value == null) { // the JSON literal null is no body either
                throw ApiException.badRequest("BODY_REQUIRED");
            }
            return value;
        } catch (tools.jackson.core.exc.StreamReadException e) {
            throw ApiException.badRequest("MALFORMED_JSON");
        } catch (DatabindException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new ApiException(HttpStatus.BAD_REQUEST, invalidCode,
                    List.of(new FieldViolation(path(e), invalidCode, cause.getMessage())), cause.getMessage());
        } catch (JacksonException | IllegalArgumentException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, invalidCode,
                    List.of(new FieldViolation(null, invalidCode, e.getMessage())), e.getMessage());
        }
    }

    private static String path(DatabindException e) {
        StringBuilder b = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!b.isEmpty()) {
                    b.append('.');
                }
                b.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                b.append('[').append(ref.getIndex()).append(']');
            }
        }
        return b.toString();
    }
}
