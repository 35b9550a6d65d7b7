package cn.gov.lyg.enforcement.platform.security;

import cn.gov.lyg.enforcement.platform.problem.ProblemResponseWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401 and 403 as problem+json (never a redirect, never an empty body). */
public class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ProblemResponseWriter writer;

    public ProblemSecurityHandlers(ProblemResponseWriter writer) {
        this.writer = writer;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        String header = request.getHeader("Authorization") == null
                ? "Bearer realm=\"enforcement\""
                : "Bearer realm=\"enforcement\", error=\"invalid_token\"";
        writer.write(request, response, HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", Map.of("WWW-Authenticate", header));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        writer.write(request, response, HttpStatus.FORBIDDEN, "ACCESS_DENIED", null);
    }
}
