package cn.gov.lyg.enforcement.gateway;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import com.github.tomakehurst.wiremock.WireMockServer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * One WireMock for the whole test JVM: it plays the five services (and the test-only ones) and
 * Keycloak's JWK set. Lives as long as the shared Spring context, so it is never stopped explicitly.
 */
public final class TestBackends {

	public static final String REALM_PATH = "/realms/enforcement";

	public static final String JWKS_PATH = REALM_PATH + "/protocol/openid-connect/certs";

	private static WireMockServer server;

	private static int deadPort;

	private TestBackends() {
	}

	public static synchronized WireMockServer server() {
		if (server == null) {
			WireMockServer s = new WireMockServer(options().bindAddress("127.0.0.1")
				.dynamicPort()
				.containerThreads(20)
				.gzipDisabled(true));
			s.start();
			s.stubFor(get(urlEqualTo(JWKS_PATH)).willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withBody(TestTokens.jwkSetJson())));
			server = s;
			Runtime.getRuntime().addShutdownHook(new Thread(s::stop));
		}
		return server;
	}

	public static String baseUrl() {
		return "http://127.0.0.1:" + server().port();
	}

	/** A URL issuer, as a real IdP uses (a non-URL issuer costs an exception per request). */
	public static String issuer() {
		return "http://localhost:" + server().port() + REALM_PATH;
	}

	/** A loopback port where nothing listens: connections are refused. */
	public static synchronized int deadPort() {
		if (deadPort == 0) {
			try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
				deadPort = socket.getLocalPort();
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return deadPort;
	}

}
