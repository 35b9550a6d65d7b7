package cn.gov.lyg.enforcement.platform.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.lyg.enforcement.platform.apidocs.PublicServerUrl.Forwarded;
import org.junit.jupiter.api.Test;

class PublicServerUrlTest {

    static final String DIRECT = "http://127.0.0.1:8081";

    @Test
    void aConfiguredUrlWinsOverHeadersAndRequest() {
        assertThat(PublicServerUrl.resolve("https://enforcement.lyg.example/",
                new Forwarded("http", "localhost:8080", null, null), DIRECT)).isEqualTo("https://enforcement.lyg.example");
    }

    @Test
    void theGatewaysForwardedHeadersNameItsOrigin() {
        assertThat(PublicServerUrl.resolve(null, new Forwarded("http", "localhost:8080", "8080", null), DIRECT))
                .isEqualTo("http://localhost:8080");
        assertThat(PublicServerUrl.resolve("", new Forwarded("http", "localhost", "8080", null), DIRECT))
                .isEqualTo("http://localhost:8080");
        assertThat(PublicServerUrl.resolve(" ", new Forwarded("https", "enforcement.lyg.example", "443", "/gw/"), DIRECT))
                .isEqualTo("https://enforcement.lyg.example/gw");
        // a chain of proxies: the first (client-facing) value counts
        assertThat(PublicServerUrl.resolve(null, new Forwarded("https,http", "a.example, b.internal", null, null), DIRECT))
                .isEqualTo("https://a.example");
        assertThat(PublicServerUrl.resolve(null, new Forwarded(null, "[::1]:8080", null, null), DIRECT))
                .isEqualTo("http://[::1]:8080");
    }

    @Test
    void theGatewaysHeaderNamesItsPublicBaseUrl() {
        assertThat(PublicServerUrl.resolve(null, new Forwarded("http://localhost:8080", null, null, null, null), DIRECT))
                .isEqualTo("http://localhost:8080");
        assertThat(PublicServerUrl.resolve(null, new Forwarded("https://gw.example/base/", "http", "x", null, null),
                DIRECT)).isEqualTo("https://gw.example/base");
        // not a base URL: ignored
        assertThat(PublicServerUrl.resolve(null, new Forwarded("javascript:alert(1)", null, null, null, null), DIRECT))
                .isEqualTo(DIRECT);
        assertThat(PublicServerUrl.resolve(null, new Forwarded("http://a.example/x?y=<b>", null, null, null, null),
                DIRECT)).isEqualTo(DIRECT);
    }

    @Test
    void withoutHeadersTheRequestsOwnUrlIsKept() {
        assertThat(PublicServerUrl.resolve(null, new Forwarded(null, null, null, null), DIRECT)).isEqualTo(DIRECT);
        assertThat(PublicServerUrl.resolve(null, null, DIRECT)).isEqualTo(DIRECT);
    }

    @Test
    void forgedHeaderValuesAreIgnored() {
        assertThat(PublicServerUrl.resolve(null, new Forwarded("javascript", "localhost:8080", null, null), DIRECT))
                .isEqualTo(DIRECT);
        assertThat(PublicServerUrl.resolve(null, new Forwarded("http", "evil.example/<script>", null, null), DIRECT))
                .isEqualTo(DIRECT);
        assertThat(PublicServerUrl.resolve(null, new Forwarded("http", "a.example", "80x", "/../x\""), DIRECT))
                .isEqualTo("http://a.example");
    }
}
