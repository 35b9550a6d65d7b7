package cn.gov.lyg.enforcement.supervision.push;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP to the provincial platforms: {@code POST <url>} with the record's JSON, {@code Idempotency-Key:
 * <recordId>:<version>} and a bearer token from the target's OAuth2 token endpoint (client credentials,
 * {@code client_secret_basic}); the token is cached until shortly before it expires and dropped on a 401. Every call
 * has a connect and a read timeout. The answer is classified, never thrown: {@link Result.Kind#DELIVERED} (2xx),
 * {@link Result.Kind#REJECTED} (a 4xx the province will give again: dead letter), {@link Result.Kind#FAILED} (5xx,
 * 401, 408, 425, 429, timeouts, connection failures: retried).
 */
public class ProvinceClient {

    /** How long before its expiry a token is renewed. */
    static final Duration TOKEN_MARGIN = Duration.ofSeconds(30);

    private final PushProperties properties;
    private final JsonMapper json;
    private final Clock clock;
    private final HttpClient http;
    private final Map<PushTarget, Token> tokens = new EnumMap<>(PushTarget.class);

    private record Token(String value, Instant expiresAt) {
    }

    /** The outcome of one attempt. */
    public record Result(Kind kind, Integer httpStatus, String error, long millis) {

        public enum Kind {
            DELIVERED, REJECTED, FAILED
        }

        /** Whether the province looked unhealthy (counts as an error for the circuit breaker). */
        public boolean provinceUnhealthy() {
            return kind == Kind.FAILED;
        }
    }

    public ProvinceClient(PushProperties properties, JsonMapper json, Clock clock) {
        this.properties = properties;
        this.json = json;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(properties.getConnectTimeout())
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    public boolean configured(PushTarget target) {
        return properties.target(target).configured();
    }

    public Result send(PushTarget target, String idempotencyKey, String body) {
        long start = System.nanoTime();
        PushProperties.Target settings = properties.target(target);
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(settings.getUrl()))
                    .timeout(properties.getReadTimeout())
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("Accept", "application/json")
                    .header("Idempotency-Key", idempotencyKey)
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            String token = token(target, settings);
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            HttpResponse<String> response = http.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            int status = response.statusCode();
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (status >= 200 && status < 300) {
                return new Result(Result.Kind.DELIVERED, status, null, millis);
            }
            String error = "HTTP " + status + ": " + abbreviate(response.body());
            if (status == 401) {
                synchronized (tokens) {
                    tokens.remove(target);
                }
                return new Result(Result.Kind.FAILED, status, error, millis);
            }
            if (status == 408 || status == 425 || status == 429 || status >= 500) {
                return new Result(Result.Kind.FAILED, status, error, millis);
            }
            return new Result(Result.Kind.REJECTED, status, error, millis);
        } catch (TokenException e) {
            return new Result(Result.Kind.FAILED, null, e.getMessage(), (System.nanoTime() - start) / 1_000_000);
        } catch (HttpTimeoutException e) {
            return new Result(Result.Kind.FAILED, null, "timeout after " + properties.getReadTimeout().toMillis()
                    + " ms", (System.nanoTime() - start) / 1_000_000);
        } catch (IOException e) {
            return new Result(Result.Kind.FAILED, null, e.getClass().getSimpleName() + ": " + e.getMessage(),
                    (System.nanoTime() - start) / 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(Result.Kind.FAILED, null, "interrupted", (System.nanoTime() - start) / 1_000_000);
        } catch (IllegalArgumentException e) {
            return new Result(Result.Kind.FAILED, null, "bad target URL: " + e.getMessage(),
                    (System.nanoTime() - start) / 1_000_000);
        }
    }

    private static final class TokenException extends RuntimeException {
        TokenException(String message) {
            super(message);
        }
    }

    /** The cached token of the target, fetched when missing or about to expire; null without a token endpoint. */
    private String token(PushTarget target, PushProperties.Target settings) throws IOException, InterruptedException {
        if (settings.getTokenUri() == null || settings.getTokenUri().isBlank()) {
            return null;
        }
        Instant now = clock.instant();
        synchronized (tokens) {
            Token cached = tokens.get(target);
            if (cached != null && now.isBefore(cached.expiresAt())) {
                return cached.value();
            }
        }
        String form = "grant_type=client_credentials" + (settings.getScope() == null || settings.getScope().isBlank()
                ? "" : "&scope=" + URLEncoder.encode(settings.getScope(), StandardCharsets.UTF_8));
        String basic = Base64.getEncoder().encodeToString((URLEncoder.encode(settings.getClientId(),
                StandardCharsets.UTF_8) + ":" + URLEncoder.encode(settings.getClientSecret(), StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.getTokenUri()))
                .timeout(properties.getReadTimeout())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new TokenException("token endpoint answered HTTP " + response.statusCode() + ": "
                    + abbreviate(response.body()));
        }
        JsonNode answer;
        try {
            answer = json.readTree(response.body());
        } catch (RuntimeException e) {
            throw new TokenException("token endpoint answered no JSON");
        }
        String value = answer.path("access_token").asString(null);
        if (value == null || value.isBlank()) {
            throw new TokenException("token endpoint answered no access_token");
        }
        long expiresIn = answer.path("expires_in").asLong(60);
        Instant expiresAt = now.plusSeconds(expiresIn).minus(TOKEN_MARGIN);
        synchronized (tokens) {
            tokens.put(target, new Token(value, expiresAt));
        }
        return value;
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        return text.length() > 300 ? text.substring(0, 300) : text;
    }
}
