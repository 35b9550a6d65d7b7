package cn.gov.lyg.enforcement.platform.web;

import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * Personal identifiers never travel in a URL: URLs end up in access logs, proxy logs, traces and browser history.
 * An endpoint that used to take one as a query parameter answers 400 {@code ID_NUMBER_IN_URL}, naming the parameter
 * and the endpoint that takes it in a body instead ({@code use}), whatever the value.
 */
public final class SensitiveParameters {

    private SensitiveParameters() {
    }

    /** Throws {@code ID_NUMBER_IN_URL} when the query parameter {@code name} was sent at all. */
    public static void refuseIdNumber(String name, String value, String use) {
        if (value != null) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "ID_NUMBER_IN_URL",
                    List.of(FieldViolation.of(name, "ID_NUMBER_IN_URL")), name, use).with("use", use);
        }
    }
}
