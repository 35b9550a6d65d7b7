package cn.gov.lyg.enforcement.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import cn.gov.lyg.enforcement.systemtest.browser.CdpSession;
import cn.gov.lyg.enforcement.systemtest.browser.Chromium;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A person in a real browser (headless Chromium, Debian package {@code chromium}, driven over the DevTools protocol):
 * <ol>
 * <li>Swagger UI through the gateway: "Authorize" logs in on Keycloak's login page (authorization code + PKCE,
 * client {@code enforcement-api-docs}), "Try it out" calls the gateway (the document's {@code servers}) with that
 * token and gets 200;</li>
 * <li>a page on the web frontend's origin ({@code http://localhost:5173}, client {@code enforcement-web}) logs in
 * with authorization code + PKCE, calls the gateway (CORS), refreshes its token and calls again.</li>
 * </ol>
 * Screenshots: {@code system-tests/target/browser/*.png}. The browser is {@code $CHROMIUM} or chromium on the PATH
 * ({@code system-tests/ensure-browser-tools.sh} installs it; {@code ./test.sh} runs that first).
 */
class BrowserLoginSystemIT {

    /** The gateway as a browser names it (Keycloak's redirect URIs and web origins use localhost). */
    static final String GATEWAY = Stack.GATEWAY.replace("127.0.0.1", "localhost");
    static final String ISSUER = Stack.ISSUER;
    static final String SPA = Stack.SPA_ORIGIN;
    static final Path SHOTS = Path.of("target", "browser");
    static final Duration WAIT = Duration.ofSeconds(60);
    static final String OPERATION = "/api/catalog/v1/dictionaries";

    static Chromium chromium;
    static HttpServer spa;

    @BeforeAll
    static void start() throws Exception {
        chromium = Chromium.launch();
        byte[] page;
        try (InputStream in = BrowserLoginSystemIT.class.getResourceAsStream("/browser/spa.html")) {
            page = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("%ISSUER%", ISSUER)
                    .replace("%GATEWAY%", GATEWAY).getBytes(StandardCharsets.UTF_8);
        }
        URI origin = URI.create(SPA);
        spa = HttpServer.create(new InetSocketAddress("127.0.0.1", origin.getPort()), 0);
        spa.createContext("/", exchange -> {
            boolean root = exchange.getRequestURI().getPath().equals("/");
            byte[] body = root ? page : "not found".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", root ? "text/html; charset=utf-8" : "text/plain");
            exchange.sendResponseHeaders(root ? 200 : 404, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        spa.start();
    }

    @AfterAll
    static void stop() {
        if (spa != null) {
            spa.stop(0);
        }
        if (chromium != null) {
            chromium.close();
        }
    }

    /** Network events of a page: requests (with their headers) and responses. */
    static final class Traffic {
        final List<JsonNode> requests = new CopyOnWriteArrayList<>();
        final List<JsonNode> responses = new CopyOnWriteArrayList<>();

        Traffic(CdpSession page) {
            page.onEvent(event -> {
                switch (event.path("method").asString()) {
                    case "Network.requestWillBeSent" -> requests.add(event.path("params"));
                    case "Network.responseReceived" -> responses.add(event.path("params"));
                    default -> { }
                }
            });
            page.send("Network.enable", Map.of());
            // no Keycloak session from the other test: each one logs in on the login page
            page.send("Network.clearBrowserCookies", Map.of());
        }

        JsonNode response(String url) {
            return responses.stream().filter(r -> r.path("response").path("url").asString().equals(url))
                    .filter(r -> !"Preflight".equals(r.path("type").asString())).reduce((a, b) -> b).orElse(null);
        }

        JsonNode request(String url, String method) {
            return requests.stream().filter(r -> r.path("request").path("url").asString().equals(url)
                    && r.path("request").path("method").asString().equals(method)).reduce((a, b) -> b).orElse(null);
        }
    }

    /** Fills in Keycloak's login form (the page must show it) and submits it. */
    static void logInOnKeycloak(CdpSession page, String username, String screenshot) {
        page.waitFor("Keycloak's login form", "!!document.getElementById('username') && location.href.startsWith('"
                + ISSUER + "')", WAIT);
        page.screenshot(SHOTS.resolve(screenshot));
        page.evaluate("document.getElementById('username').value = '" + username + "';"
                + "document.getElementById('password').value = '" + username + "-pass';"
                + "document.getElementById('kc-login').click(); true");
    }

    @Test
    void swaggerUiLogsInThroughKeycloakAndTriesAnOperationThroughTheGateway() {
        CdpSession tab = chromium.newTab();
        Traffic traffic = new Traffic(tab);
        tab.navigate(GATEWAY + "/swagger-ui.html");
        tab.waitFor("the catalog's operations",
                "document.querySelectorAll('.opblock-summary-path[data-path=\"" + OPERATION + "\"]').length > 0", WAIT);
        // the document names the gateway as its server: "Try it out" goes there
        assertThat(tab.evaluate("document.querySelector('.servers select') ? document.querySelector('.servers select').value : ''")
                .asString()).isEqualTo(GATEWAY);

        tab.evaluate("document.querySelector('.auth-wrapper .btn.authorize').click(); true");
        String clientId = tab.waitFor("the authorization-code form of the Authorize dialog", """
                (() => {
                  const form = [...document.querySelectorAll('.modal-ux .auth-container')]
                      .find(c => c.innerText.includes('authorizationCode'));
                  if (!form) return '';
                  const id = form.querySelector('input[data-name="clientId"]');
                  return id ? id.value : '(no client id field)';
                })()""", WAIT).asString();
        assertThat(clientId).isEqualTo("enforcement-api-docs");
        tab.screenshot(SHOTS.resolve("swagger-authorize-dialog.png"));
        tab.evaluate("""
                [...document.querySelectorAll('.modal-ux .auth-container')]
                    .find(c => c.innerText.includes('authorizationCode'))
                    .querySelector('button.authorize').click(); true""");

        // Swagger UI opens Keycloak's login page in a popup
        CdpSession popup = chromium.attach(url -> url.startsWith(ISSUER), WAIT);
        logInOnKeycloak(popup, "hz-officer", "swagger-keycloak-login.png");

        // back in Swagger UI: the code was exchanged (PKCE) and the dialog shows the scheme as authorized
        tab.waitFor("the authorization-code scheme to be authorized", """
                [...document.querySelectorAll('.modal-ux .auth-container')]
                    .some(c => c.innerText.includes('authorizationCode') && c.innerText.includes('Logout'))""", WAIT);
        tab.evaluate("document.querySelector('.modal-ux .btn-done, .modal-ux .close-modal').click(); true");

        // Try it out: GET /api/catalog/v1/dictionaries
        tab.evaluate("""
                (() => {
                  const block = document.querySelector('.opblock-summary-path[data-path="%s"]').closest('.opblock');
                  block.setAttribute('data-test', 'operation');
                  block.querySelector('.opblock-summary-control, .opblock-summary').click();
                  return true;
                })()""".formatted(OPERATION));
        tab.waitFor("the Try it out button", "!!document.querySelector('[data-test=operation] .try-out__btn')", WAIT);
        tab.evaluate("document.querySelector('[data-test=operation] .try-out__btn').click(); true");
        tab.waitFor("the Execute button", "!!document.querySelector('[data-test=operation] .btn.execute')", WAIT);
        tab.evaluate("document.querySelector('[data-test=operation] .btn.execute').click(); true");
        String status = tab.waitFor("the live response", """
                (() => {
                  const cell = document.querySelector('[data-test=operation] .live-responses-table .response-col_status');
                  return cell ? cell.innerText.trim() : '';
                })()""", WAIT).asString();
        tab.evaluate("document.querySelector('[data-test=operation] .live-responses-table').scrollIntoView(); true");
        tab.screenshot(SHOTS.resolve("swagger-try-it-out.png"));
        assertThat(status).isEqualTo("200");
        String requestUrl = tab.evaluate("document.querySelector('[data-test=operation] .request-url pre').innerText")
                .asString().trim();
        assertThat(requestUrl).isEqualTo(GATEWAY + OPERATION);

        // what really went over the wire: the gateway's host and port, a bearer token, 200
        JsonNode response = traffic.response(GATEWAY + OPERATION);
        assertThat(response).as("the browser's response from %s", GATEWAY + OPERATION).isNotNull();
        assertThat(response.path("response").path("status").asInt()).isEqualTo(200);
        assertThat(response.path("response").path("remotePort").asInt()).isEqualTo(URI.create(GATEWAY).getPort());
        JsonNode request = traffic.request(GATEWAY + OPERATION, "GET");
        assertThat(request.path("request").path("headers").path("Authorization").asString()).startsWith("Bearer ey");
    }

    @Test
    void theWebFrontendLogsInWithPkceAndCallsTheGateway() {
        CdpSession tab = chromium.newTab();
        Traffic traffic = new Traffic(tab);
        tab.navigate(SPA + "/");
        tab.waitFor("the SPA page", "!!document.getElementById('login')", WAIT);
        tab.evaluate("document.getElementById('login').click(); true");
        logInOnKeycloak(tab, "hz-officer", "spa-keycloak-login.png");
        String done = tab.waitFor("the SPA's result", "document.getElementById('result') ? "
                + "(document.getElementById('result').dataset.done || '') : ''", WAIT).asString();
        tab.screenshot(SHOTS.resolve("spa-pkce-login.png"));
        String text = tab.evaluate("document.getElementById('result').textContent").asString();
        assertThat(done).as(text).isEqualTo("ok");
        JsonNode result = Stack.JSON.readTree(text);
        assertThat(result.path("user").asString()).isEqualTo("hz-officer");
        assertThat(result.path("azp").asString()).isEqualTo("enforcement-web");
        assertThat(result.path("agencyCode").asString()).isEqualTo("11320706300200020C");
        assertThat(result.path("first").path("status").asInt()).isEqualTo(200);
        assertThat(result.path("refreshed").asBoolean()).isTrue();
        assertThat(result.path("second").path("status").asInt()).isEqualTo(200);

        // the gateway answered the browser's cross-origin call from the SPA origin
        JsonNode response = traffic.response(GATEWAY + "/api/catalog/v1/items?page=0&size=1");
        assertThat(response).isNotNull();
        assertThat(response.path("response").path("status").asInt()).isEqualTo(200);
        assertThat(response.path("response").path("headers").path("access-control-allow-origin").asString(
                response.path("response").path("headers").path("Access-Control-Allow-Origin").asString()))
                .isEqualTo(SPA);
    }
}
