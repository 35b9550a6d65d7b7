package cn.gov.lyg.enforcement.platform.test;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for the Keycloak realm's key endpoint: one RSA key pair per test JVM, its public half served as a JWK
 * set over real HTTP on 127.0.0.1, so services under test fetch keys exactly as they do from Keycloak.
 */
public final class TestJwks {

    public static final String REALM_PATH = "/realms/enforcement";
    private static volatile TestJwks instance;

    private final RSAKey key;
    private final HttpServer server;
    private final AtomicInteger fetches = new AtomicInteger();

    private TestJwks() {
        try {
            key = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).keyID("test-key-1").generate();
            String jwks = new JWKSet(key.toPublicJWK()).toString();
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext(REALM_PATH + "/protocol/openid-connect/certs", exchange -> {
                fetches.incrementAndGet();
                byte[] body = jwks.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0), "test-jwks-stop"));
    }

    public static TestJwks get() {
        if (instance == null) {
            synchronized (TestJwks.class) {
                if (instance == null) {
                    instance = new TestJwks();
                }
            }
        }
        return instance;
    }

    /** Issuer of test tokens: a URL, as Keycloak's is (a non-URL issuer costs an exception per request). */
    public String issuer() {
        return "http://localhost:" + server.getAddress().getPort() + REALM_PATH;
    }

    public String jwkSetUri() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + REALM_PATH + "/protocol/openid-connect/certs";
    }

    public RSAKey key() {
        return key;
    }

    public int fetchCount() {
        return fetches.get();
    }
}
