package cn.gov.lyg.enforcement.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The production realm (keycloak/realm/enforcement-realm.json, imported by docker-compose and k8s/optional/keycloak)
 * alone: no people, no password grant, a password policy, every secret from the environment without a default.
 * Test users, test clients and dev secrets belong in keycloak/realm-dev/enforcement-realm.dev-overlay.json.
 */
class ProductionRealmTest {

    static JsonNode realm;

    @BeforeAll
    static void load() throws Exception {
        realm = JsonMapper.builder().build().readTree(Files.readString(Path.of("realm", "enforcement-realm.json")));
    }

    @Test
    void hasNoPeopleOnlyTheServiceAccountsOfItsClients() {
        Set<String> clients = new HashSet<>();
        realm.path("clients").forEach(c -> clients.add(c.path("clientId").asString()));
        for (JsonNode user : realm.path("users")) {
            String name = user.path("username").asString();
            assertThat(user.has("serviceAccountClientId")).as("%s is a person: dev overlay only", name).isTrue();
            assertThat(user.has("credentials")).as("credentials of %s", name).isFalse();
            assertThat(clients).as("client of %s", name).contains(user.path("serviceAccountClientId").asString());
        }
    }

    @Test
    void noClientMayUseThePasswordGrantOrTheImplicitFlow() {
        for (JsonNode client : realm.path("clients")) {
            String id = client.path("clientId").asString();
            assertThat(client.path("directAccessGrantsEnabled").asBoolean(false)).as("password grant of %s", id).isFalse();
            assertThat(client.path("implicitFlowEnabled").asBoolean(false)).as("implicit flow of %s", id).isFalse();
        }
    }

    @Test
    void noTestClients() {
        List<String> ids = new ArrayList<>();
        realm.path("clients").forEach(c -> ids.add(c.path("clientId").asString()));
        assertThat(ids).doesNotContain("enforcement-gateway", "token-expiry-probe", "enforcement-api-docs")
                .contains("enforcement-web", "gov-systems", "provincial-exchange");
        for (JsonNode client : realm.path("clients")) {
            assertThat(client.path("attributes").path("access.token.lifespan").asString("300"))
                    .as("token lifespan of %s", client.path("clientId").asString()).isNotEqualTo("1");
        }
    }

    @Test
    void everySecretComesFromTheEnvironmentWithoutADefault() {
        int secrets = 0;
        for (JsonNode client : realm.path("clients")) {
            if (client.has("secret")) {
                secrets++;
                assertThat(client.path("secret").asString()).as("secret of %s", client.path("clientId").asString())
                        .matches("^\\$\\{KC_[A-Z0-9_]+}$");
            }
        }
        assertThat(secrets).isGreaterThanOrEqualTo(3);
        assertThat(Files.exists(Path.of("realm", "enforcement-realm.json"))).isTrue();
    }

    @Test
    void theSpaOriginComesFromTheEnvironment() {
        for (JsonNode client : realm.path("clients")) {
            String all = client.path("redirectUris").toString() + client.path("webOrigins") + client.path("rootUrl");
            assertThat(all).as("origins of %s", client.path("clientId").asString()).doesNotContain("localhost");
        }
    }

    @Test
    void aPasswordPolicyAndBruteForceProtection() {
        String policy = realm.path("passwordPolicy").asString("");
        assertThat(policy).contains("length(12)").contains("digits(1)").contains("upperCase(1)")
                .contains("notUsername").contains("passwordHistory(");
        assertThat(realm.path("bruteForceProtected").asBoolean()).isTrue();
        assertThat(realm.path("registrationAllowed").asBoolean()).isFalse();
        assertThat(realm.path("sslRequired").asString()).isIn("external", "all");
    }
}
