package cn.gov.lyg.enforcement.platform.web;

import cn.gov.lyg.enforcement.platform.problem.TraceIds;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Continues the caller's W3C trace ({@code traceparent}) or starts one, puts the trace id into the MDC for every
 * log line and problem, and returns it in {@code X-Trace-Id}. Events written during the request carry it on.
 */
public class TraceContextFilter extends OncePerRequestFilter {

    public static final String RESPONSE_HEADER = "X-Trace-Id";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String traceId = TraceIds.traceIdOf(request.getHeader(TraceIds.TRACEPARENT)).orElseGet(TraceIds::newTraceId);
        MDC.put(TraceIds.MDC_KEY, traceId);
        response.setHeader(RESPONSE_HEADER, traceId);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(TraceIds.MDC_KEY);
        }
    }
}
