package cn.gov.lyg.enforcement.platform.web;

import cn.gov.lyg.enforcement.platform.problem.ProblemResponseWriter;
import cn.gov.lyg.enforcement.platform.security.CurrentScope;
import cn.gov.lyg.enforcement.platform.security.DataScope;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} for writes (DESIGN.md §4: systems retry, a repeat returns the first result). For a
 * POST/PUT/PATCH/DELETE carrying the header, the first request is executed and its response stored under the key
 * (scoped to the caller); a repeat with the same method, path and body gets the stored response again with
 * {@code Idempotency-Replayed: true}; the same key with a different request is 422 {@code IDEMPOTENCY_KEY_REUSED};
 * a repeat while the first is still running is 409 {@code IDEMPOTENCY_IN_PROGRESS}. 5xx responses are not stored,
 * so the caller may retry. Records expire after {@code ttl} (a TTL index on real MongoDB; checked on read too).
 *
 * <p>The IN_PROGRESS record is a lease: it holds for {@code inProgressLease} (longer than any request may run).
 * A record left behind by a crash (the process died before it stored the response or removed the record) is taken
 * over by the next repeat once its lease ran out, instead of answering 409 until the record expires.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotency-Replayed";
    public static final String COLLECTION = "idempotency_keys";
    private static final Pattern KEY = Pattern.compile("^[A-Za-z0-9._:-]{1,128}$");
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final int MAX_STORED_BODY = 256 * 1024;

    private final MongoTemplate mongo;
    private final ProblemResponseWriter problems;
    private final Clock clock;
    private final Duration ttl;
    private final Duration inProgressLease;

    /** With an IN_PROGRESS lease of 2 minutes. */
    public IdempotencyFilter(MongoTemplate mongo, ProblemResponseWriter problems, Clock clock, Duration ttl) {
        this(mongo, problems, clock, ttl, DEFAULT_IN_PROGRESS_LEASE);
    }

    public IdempotencyFilter(MongoTemplate mongo, ProblemResponseWriter problems, Clock clock, Duration ttl,
                             Duration inProgressLease) {
        this.mongo = mongo;
        this.problems = problems;
        this.clock = clock;
        this.ttl = ttl;
        this.inProgressLease = inProgressLease;
    }

    public static final Duration DEFAULT_IN_PROGRESS_LEASE = Duration.ofMinutes(2);

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getHeader(HEADER) == null || !WRITES.contains(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER).trim();
        if (!KEY.matcher(key).matches()) {
            problems.write(request, response, HttpStatus.BAD_REQUEST, "IDEMPOTENCY_KEY_INVALID", null);
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        DataScope scope = CurrentScope.find().orElse(null);
        String caller = scope == null ? "anonymous" : scope.clientId() + "|" + scope.subject();
        String id = sha256(caller + "|" + key);
        String fingerprint = sha256(request.getMethod() + " " + request.getRequestURI() + "?"
                + (request.getQueryString() == null ? "" : request.getQueryString()) + "\n"
                + new String(body, StandardCharsets.UTF_8));
        Date now = Date.from(clock.instant());
        Document existing = mongo.findById(id, Document.class, COLLECTION);
        if (existing != null && existing.getDate("expiresAt") != null && existing.getDate("expiresAt").before(now)) {
            mongo.remove(new Query(Criteria.where("_id").is(id)), COLLECTION);
            existing = null;
        }
        Date leaseUntil = Date.from(clock.instant().plus(inProgressLease));
        if (existing != null && "IN_PROGRESS".equals(existing.getString("state"))
                && fingerprint.equals(existing.getString("fingerprint")) && leaseExpired(existing, now)) {
            // left behind by a crash: take it over (only one repeat wins the conditional update)
            var taken = mongo.getCollection(COLLECTION).updateOne(new Document("_id", id).append("state", "IN_PROGRESS")
                    .append("leaseUntil", existing.get("leaseUntil")).append("createdAt", existing.get("createdAt")),
                    new Document("$set", new Document("leaseUntil", leaseUntil).append("createdAt", now)));
            if (taken.getModifiedCount() == 1) {
                existing = null;
            } else {
                existing = mongo.findById(id, Document.class, COLLECTION);
            }
        } else if (existing == null) {
            try {
                mongo.getCollection(COLLECTION).insertOne(new Document("_id", id).append("fingerprint", fingerprint)
                        .append("state", "IN_PROGRESS").append("createdAt", now).append("leaseUntil", leaseUntil)
                        .append("expiresAt", Date.from(clock.instant().plus(ttl))));
            } catch (com.mongodb.MongoWriteException e) {
                if (e.getError().getCode() != 11000) {
                    throw e;
                }
                existing = mongo.findById(id, Document.class, COLLECTION);
            }
        }
        if (existing != null) {
            replayOrReject(existing, fingerprint, request, response);
            return;
        }
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        boolean stored = false;
        try {
            chain.doFilter(new BufferedBodyRequest(request, body), recorded);
            int status = recorded.getStatus();
            byte[] responseBody = recorded.getContentAsByteArray();
            if (status < 500 && responseBody.length <= MAX_STORED_BODY) {
                Document done = new Document("state", "DONE").append("status", status)
                        .append("contentType", recorded.getContentType())
                        .append("location", recorded.getHeader("Location"))
                        .append("etag", recorded.getHeader("ETag"))
                        .append("body", new String(responseBody, StandardCharsets.UTF_8));
                mongo.getCollection(COLLECTION).updateOne(new Document("_id", id), new Document("$set", done));
                stored = true;
            }
        } finally {
            if (!stored) {
                mongo.remove(new Query(Criteria.where("_id").is(id)), COLLECTION);
            }
            recorded.copyBodyToResponse();
        }
    }

    /** Records written before leases existed count from their creation. */
    private boolean leaseExpired(Document record, Date now) {
        Date until = record.getDate("leaseUntil");
        if (until == null && record.getDate("createdAt") != null) {
            until = Date.from(record.getDate("createdAt").toInstant().plus(inProgressLease));
        }
        return until != null && until.before(now);
    }

    private void replayOrReject(Document existing, String fingerprint, HttpServletRequest request,
                                HttpServletResponse response) throws IOException {
        if (!fingerprint.equals(existing.getString("fingerprint"))) {
            problems.write(request, response, HttpStatus.UNPROCESSABLE_CONTENT, "IDEMPOTENCY_KEY_REUSED", null);
            return;
        }
        if (!"DONE".equals(existing.getString("state"))) {
            problems.write(request, response, HttpStatus.CONFLICT, "IDEMPOTENCY_IN_PROGRESS",
                    Map.of("Retry-After", "1"));
            return;
        }
        response.setStatus(existing.getInteger("status", 200));
        if (existing.getString("contentType") != null) {
            response.setContentType(existing.getString("contentType"));
        }
        if (existing.getString("location") != null) {
            response.setHeader("Location", existing.getString("location"));
        }
        if (existing.getString("etag") != null) {
            response.setHeader("ETag", existing.getString("etag"));
        }
        response.setHeader(REPLAYED, "true");
        response.setCharacterEncoding("UTF-8");
        byte[] body = existing.getString("body") == null ? new byte[0]
                : existing.getString("body").getBytes(StandardCharsets.UTF_8);
        response.getOutputStream().write(body);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The request with its body already read, so that it can be fingerprinted and still be read by the handler. */
    static final class BufferedBodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        BufferedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
