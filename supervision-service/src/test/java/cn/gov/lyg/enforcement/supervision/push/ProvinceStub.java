package cn.gov.lyg.enforcement.supervision.push;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * WireMock playing both provincial platforms on 127.0.0.1 (a random port): a token endpoint and the two records
 * endpoints, answering 200 by default; a test makes the answers for its own records (matched by the
 * {@code Idempotency-Key} prefix) fail, refuse, time out or go slow, and counts what the province received.
 */
final class ProvinceStub {

    static final String TOKEN = "/oauth2/token";
    static final String EXCHANGE = "/exchange/api/v1/records";
    static final String SUPERVISION = "/supervision/api/v1/records";

    final WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());

    ProvinceStub start() {
        server.start();
        reset();
        return this;
    }

    void stop() {
        server.stop();
    }

    /** Default answers: a token for the right client, 200 for every record with a bearer token. */
    void reset() {
        server.resetAll();
        server.stubFor(post(urlEqualTo(TOKEN)).withHeader("Authorization", matching("Basic .+"))
                .withRequestBody(matching(".*grant_type=client_credentials.*"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"access_token\":\"token-1\",\"token_type\":\"Bearer\",\"expires_in\":300}")));
        for (String path : List.of(EXCHANGE, SUPERVISION)) {
            server.stubFor(post(urlEqualTo(path)).atPriority(10)
                    .withHeader("Authorization", equalTo("Bearer token-1"))
                    .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                            .withBody("{\"accepted\":true}")));
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    PushProperties properties(Duration readTimeout) {
        PushProperties p = new PushProperties();
        p.setDispatchInterval(Duration.ZERO);
        p.setReadTimeout(readTimeout);
        p.setConnectTimeout(Duration.ofSeconds(1));
        for (PushTarget target : PushTarget.values()) {
            PushProperties.Target t = new PushProperties.Target();
            t.setUrl(url(target == PushTarget.EXCHANGE ? EXCHANGE : SUPERVISION));
            t.setTokenUri(url(TOKEN));
            t.setClientId("lyg-enforcement");
            t.setClientSecret("test-secret");
            p.getTargets().put(target.key(), t);
        }
        return p;
    }

    /** Requests to the records endpoints, oldest first, whose idempotency key contains {@code prefix}. */
    List<ServeEvent> received(String prefix) {
        return server.getAllServeEvents().stream()
                .filter(e -> !e.getRequest().getUrl().equals(TOKEN))
                .filter(e -> {
                    String key = e.getRequest().getHeader("Idempotency-Key");
                    return key != null && key.contains(prefix);
                })
                .sorted(java.util.Comparator.comparing(e -> e.getRequest().getLoggedDate()))
                .toList();
    }

    /** How often each idempotency key (and path) was answered with a 2xx. */
    Map<String, Long> accepted(String prefix) {
        return received(prefix).stream().filter(e -> e.getResponse().getStatus() / 100 == 2)
                .collect(Collectors.groupingBy(e -> e.getRequest().getUrl() + " " + e.getRequest()
                        .getHeader("Idempotency-Key"), Collectors.counting()));
    }

    long tokenRequests() {
        return server.getAllServeEvents().stream().filter(e -> e.getRequest().getUrl().equals(TOKEN)).count();
    }
}
