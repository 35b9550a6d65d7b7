package cn.gov.lyg.enforcement.systemtest.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One DevTools protocol connection to a page (JDK {@link WebSocket}): commands by id, events to listeners, and the
 * few page operations the browser tests need (navigate, evaluate, wait for a condition, screenshot).
 */
public final class CdpSession implements WebSocket.Listener {

    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<Consumer<JsonNode>> listeners = new CopyOnWriteArrayList<>();
    private final StringBuilder partial = new StringBuilder();
    private WebSocket socket;

    private CdpSession() {
    }

    static CdpSession connect(String webSocketUrl) {
        CdpSession session = new CdpSession();
        session.socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                .buildAsync(URI.create(webSocketUrl), session).join();
        return session;
    }

    /** Sends a command and waits for its result (an error answer throws). */
    public JsonNode send(String method, Map<String, Object> params) {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        ObjectNode message = Chromium.JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", Chromium.JSON.valueToTree(params));
        synchronized (this) {
            socket.sendText(Chromium.JSON.writeValueAsString(message), true).join();
        }
        try {
            JsonNode result = answer.get(60, TimeUnit.SECONDS);
            if (result.has("error")) {
                throw new IllegalStateException(method + ": " + result.get("error"));
            }
            return result.path("result");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException(method + " got no answer", e);
        } finally {
            pending.remove(id);
        }
    }

    /** Every event ({@code {method, params}}) of this page. */
    public void onEvent(Consumer<JsonNode> listener) {
        listeners.add(listener);
    }

    public void navigate(String url) {
        send("Page.navigate", Map.of("url", url));
    }

    /** Evaluates an expression (promises awaited, as a user gesture so that it may open popups); its JSON value. */
    public JsonNode evaluate(String expression) {
        JsonNode result = send("Runtime.evaluate", Map.of("expression", expression, "awaitPromise", true,
                "returnByValue", true, "userGesture", true));
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException("script failed: " + result.get("exceptionDetails") + "\n" + expression);
        }
        return result.path("result").path("value");
    }

    /** Waits until the expression is truthy (navigations in between are fine) and returns its value. */
    public JsonNode waitFor(String description, String expression, Duration timeout) {
        try {
            return Awaitility.await(description).atMost(timeout).pollInterval(Duration.ofMillis(200))
                    .ignoreExceptions().until(() -> evaluate(expression), CdpSession::truthy);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("timed out waiting for " + description + " at " + evaluateQuietly("location.href")
                    + ": " + evaluateQuietly("document.body ? document.body.innerText.slice(0, 500) : ''"), e);
        }
    }

    static boolean truthy(JsonNode value) {
        return !value.isMissingNode() && !value.isNull() && !(value.isBoolean() && !value.asBoolean())
                && !(value.isString() && value.asString().isEmpty());
    }

    public String evaluateQuietly(String expression) {
        try {
            return evaluate(expression).toString();
        } catch (RuntimeException e) {
            return "?";
        }
    }

    public void screenshot(Path file) {
        try {
            JsonNode shot = send("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true));
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, Base64.getDecoder().decode(shot.path("data").asString()));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public void close() {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(2, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            socket.abort();
        }
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            JsonNode message = Chromium.JSON.readTree(partial.toString());
            partial.setLength(0);
            if (message.has("id")) {
                CompletableFuture<JsonNode> answer = pending.get(message.get("id").asInt());
                if (answer != null) {
                    answer.complete(message);
                }
            } else {
                for (Consumer<JsonNode> listener : listeners) {
                    try {
                        listener.accept(message);
                    } catch (RuntimeException e) {
                        // a listener's failure must not stop the connection
                    }
                }
            }
        }
        webSocket.request(1);
        return null;
    }
}
