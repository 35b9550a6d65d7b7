package cn.gov.lyg.enforcement.systemtest.browser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.awaitility.Awaitility;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A headless Chromium (Debian package {@code chromium}; {@code system-tests/ensure-browser-tools.sh} installs it)
 * driven through the DevTools protocol with the JDK's HTTP and WebSocket client: no driver, no library. Started
 * with a fresh profile and {@code --remote-debugging-port=0}; the port is read from the browser's
 * {@code DevTools listening on ws://...} line.
 */
public final class Chromium implements AutoCloseable {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://[^\\s]+)");

    private final Process process;
    private final Path profile;
    private final String debugBase;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<CdpSession> sessions = new ArrayList<>();
    private final StringBuilder log = new StringBuilder();

    private Chromium(Process process, Path profile, String debugBase) {
        this.process = process;
        this.profile = profile;
        this.debugBase = debugBase;
    }

    /** The browser binary: {@code $CHROMIUM}, else chromium / chromium-browser / google-chrome on the PATH. */
    public static Optional<Path> binary() {
        String configured = System.getenv("CHROMIUM");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured));
        }
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String dir : path.split(":")) {
            for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    public static Chromium launch() throws IOException, InterruptedException {
        Path binary = binary().orElseThrow(() -> new IllegalStateException(
                "no chromium on the PATH: run system-tests/ensure-browser-tools.sh (apt-get install chromium)"));
        Path profile = Files.createTempDirectory("chromium-profile");
        // flags: headless as root in a container; no background traffic to the closed network
        List<String> command = List.of(binary.toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--disable-quic", "--no-first-run", "--no-default-browser-check",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-popup-blocking", "--disable-features=Translate,MediaRouter,OptimizationHints",
                "--window-size=1280,1024", "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
                "--user-data-dir=" + profile, "about:blank");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        CompletableFuture<String> wsUrl = new CompletableFuture<>();
        StringBuilder early = new StringBuilder();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    synchronized (early) {
                        early.append(line).append('\n');
                    }
                    Matcher matcher = LISTENING.matcher(line);
                    if (matcher.find()) {
                        wsUrl.complete(matcher.group(1));
                    }
                }
            } catch (IOException e) {
                wsUrl.completeExceptionally(e);
            }
            wsUrl.completeExceptionally(new IllegalStateException("chromium exited"));
        }, "chromium-output");
        reader.setDaemon(true);
        reader.start();
        String browserWs;
        try {
            browserWs = wsUrl.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
            synchronized (early) {
                throw new IllegalStateException("chromium did not start: " + early, e);
            }
        }
        URI uri = URI.create(browserWs);
        Chromium chromium = new Chromium(process, profile, "http://" + uri.getHost() + ":" + uri.getPort());
        chromium.log.append(early);
        return chromium;
    }

    /** The page targets (tabs and popups): {@code /json/list}. */
    public List<JsonNode> pages() {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(debugBase + "/json/list"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            List<JsonNode> pages = new ArrayList<>();
            JSON.readTree(response.body()).forEach(t -> {
                if ("page".equals(t.path("type").asString())) {
                    pages.add(t);
                }
            });
            return pages;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Attaches to the first page whose URL matches, once there is one. */
    public CdpSession attach(Predicate<String> url, Duration timeout) {
        JsonNode page = Awaitility.await("a page matching").atMost(timeout).pollInterval(Duration.ofMillis(200))
                .until(() -> pages().stream().filter(p -> url.test(p.path("url").asString())).findFirst(),
                        Optional::isPresent)
                .orElseThrow();
        CdpSession session = CdpSession.connect(page.path("webSocketDebuggerUrl").asString());
        sessions.add(session);
        return session;
    }

    /** A new tab (about:blank). */
    public CdpSession newTab() {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(debugBase + "/json/new?about:blank"))
                    .PUT(HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            CdpSession session = CdpSession.connect(JSON.readTree(response.body()).path("webSocketDebuggerUrl").asString());
            sessions.add(session);
            return session;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        sessions.forEach(CdpSession::close);
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary profile left behind is harmless
        }
    }
}
