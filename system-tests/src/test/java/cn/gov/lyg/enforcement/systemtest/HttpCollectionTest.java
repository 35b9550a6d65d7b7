package cn.gov.lyg.enforcement.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The .http reader (no stack): the guide's collection parses, every request has an expected status. */
class HttpCollectionTest {

    @Test
    void theGuidesCollectionParsesWithAnExpectedStatusOnEveryRequest() throws Exception {
        Path file = Path.of(System.getProperty("stack.root", ".."), "docs", "examples", "enforcement-api.http");
        HttpCollection collection = HttpCollection.parse(Files.readString(file));
        assertThat(collection.requests).hasSizeGreaterThanOrEqualTo(8);
        assertThat(collection.variables).containsKeys("gateway", "issuer");
        assertThat(collection.requests).extracting(HttpCollection.Request::expect).contains(200, 201, 400, 401, 409);
        assertThat(collection.requests.get(0).method()).isEqualTo("POST");
        assertThat(collection.requests.get(0).body()).startsWith("grant_type=client_credentials");
    }

    @Test
    void variablesAreSubstitutedAndUnknownOnesRefused() {
        HttpCollection collection = HttpCollection.parse("""
                @host = http://h
                @api = {{host}}/api

                ### one
                # @expect 204
                GET {{api}}/x?id={{$randomInt 5 6}}
                X-Id: {{$guid}}
                """);
        HttpCollection.Request request = collection.requests.get(0);
        assertThat(collection.substitute(request.url(), Map.of())).isEqualTo("http://h/api/x?id=5");
        assertThat(collection.substitute(request.headers().get(0)[1], Map.of())).hasSize(36);
        assertThatThrownBy(() -> collection.substitute("{{nope}}", Map.of())).hasMessageContaining("nope");
        assertThatThrownBy(() -> HttpCollection.parse("### x\nGET http://h\n")).hasMessageContaining("@expect");
    }
}
