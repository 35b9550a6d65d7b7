package cn.gov.lyg.enforcement.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks the dev/test realm (keycloak/realm/enforcement-realm.json, the production realm, merged with
 * keycloak/realm-dev/enforcement-realm.dev-overlay.json by {@link RealmOverlay}) against docs/runtime-contract.md
 * and DOMAIN.md §2.0.1 without starting Keycloak. The production realm alone: {@link ProductionRealmTest}.
 */
class RealmFileTest {

    static final List<String> CONTRACT_ROLES = List.of("officer", "auxiliary", "agency-admin", "legal-reviewer",
            "agency-leader", "supervisor-city", "supervisor-county", "special-supervisor", "catalog-admin", "auditor",
            "province-readonly", "integration", "hotline");

    static final Pattern PLACEHOLDER = Pattern.compile("^\\$\\{[A-Z][A-Z0-9_]*:[^}]+}$");
    static final Pattern CJK = Pattern.compile(".*\\p{IsHan}.*");

    static JsonNode realm;
    static final JsonMapper MAPPER = JsonMapper.builder().build();

    @BeforeAll
    static void load() throws Exception {
        Path file = Path.of("realm", "enforcement-realm.json");
        Path overlay = Path.of("realm-dev", "enforcement-realm.dev-overlay.json");
        assertThat(file).exists();
        assertThat(overlay).exists();
        realm = RealmOverlay.merge(MAPPER.readTree(Files.readString(file)), MAPPER.readTree(Files.readString(overlay)));
    }

    // --- GB 32100-2015 unified social credit code check character (DOMAIN.md §2.0.1) ---
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    static boolean isValidCreditCode(String code) {
        if (code == null || !code.matches("^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$")) {
            return false;
        }
        int sum = 0;
        int weight = 1; // 3^(i-1) mod 31
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(code.charAt(i)) * weight;
            weight = weight * 3 % 31;
        }
        return ALPHABET.charAt((31 - sum % 31) % 31) == code.charAt(17);
    }

    @Test
    void creditCodeCheckMatchesKnownVectors() {
        assertThat(isValidCreditCode("91350100M000100Y43")).isTrue(); // standard example
        assertThat(isValidCreditCode("91320706MA1XK7C38L")).isTrue(); // DOMAIN.md §3.5
        assertThat(isValidCreditCode("91320706MA1XK7C380")).isFalse(); // wrong check char
        assertThat(isValidCreditCode("91320706MA1IK7C38L")).isFalse(); // contains I
        assertThat(isValidCreditCode("9132070MA1XK7C38L")).isFalse(); // 17 chars
    }

    @Test
    void realmIsEnforcement() {
        assertThat(realm.path("realm").asString()).isEqualTo("enforcement");
        assertThat(realm.path("enabled").asBoolean()).isTrue();
        assertThat(realm.path("registrationAllowed").asBoolean()).isFalse();
    }

    @Test
    void allContractRolesExistWithChineseAndEnglishDescriptions() {
        Set<String> names = new HashSet<>();
        for (JsonNode role : realm.path("roles").path("realm")) {
            String name = role.path("name").asString();
            names.add(name);
            String description = role.path("description").asString("");
            assertThat(description).as("description of role %s", name).isNotBlank();
            assertThat(CJK.matcher(description).matches()).as("Chinese in description of %s", name).isTrue();
            assertThat(description).as("English in description of %s", name).containsPattern("[A-Za-z]{3,}");
        }
        assertThat(names).containsExactlyInAnyOrderElementsOf(CONTRACT_ROLES);
    }

    @Test
    void everyUserRoleIsDefined() {
        Set<String> defined = new HashSet<>(CONTRACT_ROLES);
        defined.add("default-roles-enforcement");
        for (JsonNode user : realm.path("users")) {
            for (JsonNode role : user.path("realmRoles")) {
                assertThat(defined).as("role of %s", user.path("username").asString()).contains(role.asString());
            }
        }
    }

    @Test
    void everyHumanUserIsComplete() {
        int humans = 0;
        for (JsonNode user : realm.path("users")) {
            if (user.has("serviceAccountClientId")) {
                continue;
            }
            humans++;
            String username = user.path("username").asString();
            assertThat(user.path("email").asString("")).as("email of %s", username).matches("^[^@\\s]+@[^@\\s]+\\.[a-z]+$");
            assertThat(user.path("firstName").asString("")).as("firstName of %s", username).isNotBlank();
            assertThat(user.path("lastName").asString("")).as("lastName of %s", username).isNotBlank();
            assertThat(user.path("emailVerified").asBoolean()).as("emailVerified of %s", username).isTrue();
            assertThat(user.path("enabled").asBoolean()).isTrue();
            JsonNode credential = user.path("credentials").path(0);
            assertThat(credential.path("type").asString()).isEqualTo("password");
            assertThat(credential.path("value").asString()).isEqualTo(username + "-pass");
            assertThat(credential.path("temporary").asBoolean()).isFalse();
            assertThat(user.path("attributes").has("agencyCode")).as("agencyCode of %s", username).isTrue();
            assertThat(user.path("attributes").has("regionCode")).as("regionCode of %s", username).isTrue();
        }
        assertThat(humans).isGreaterThanOrEqualTo(9);
    }

    @Test
    void everyAgencyCodePassesGb32100AndEveryRegionCodeIsJiangsu() {
        List<String> agencyCodes = new ArrayList<>();
        List<String> regionCodes = new ArrayList<>();
        for (JsonNode user : realm.path("users")) {
            user.path("attributes").path("agencyCode").forEach(v -> agencyCodes.add(v.asString()));
            user.path("attributes").path("regionCode").forEach(v -> regionCodes.add(v.asString()));
        }
        assertThat(agencyCodes).isNotEmpty().allSatisfy(code ->
                assertThat(isValidCreditCode(code)).as("GB 32100 check of %s", code).isTrue());
        assertThat(regionCodes).isNotEmpty().allSatisfy(code -> assertThat(code).matches("^32[0-9]{4}$"));
    }

    @Test
    void expectedTestUsersHaveTheirRolesAndAgencies() {
        assertUser("hz-officer", "11320706300200020C", "320706", "officer");
        assertUser("hz-officer2", "11320706300200020C", "320706", "officer");
        assertUser("dh-officer", "11320722300400022W", "320722", "officer");
        assertUser("hz-agency-admin", "11320706300200020C", "320706", "agency-admin", "officer");
        assertUser("hz-auxiliary", "11320706300200020C", "320706", "auxiliary");
        assertUser("hz-supervisor", "11320706300200012H", "320706", "supervisor-county");
        assertUser("city-supervisor", "113207003001000115", "320700", "supervisor-city");
        assertUser("catalog-admin", "113207003001000115", "320700", "catalog-admin", "auditor");
        assertUser("hz-legal-reviewer", "11320706300200020C", "320706", "legal-reviewer", "officer");
        assertThat(user("hz-officer").path("lastName").asString() + user("hz-officer").path("firstName").asString())
                .isEqualTo("张海涛");
    }

    private static JsonNode user(String username) {
        for (JsonNode user : realm.path("users")) {
            if (username.equals(user.path("username").asString())) {
                return user;
            }
        }
        throw new AssertionError("no user " + username);
    }

    private static void assertUser(String username, String agencyCode, String regionCode, String... roles) {
        JsonNode user = user(username);
        assertThat(user.path("attributes").path("agencyCode").path(0).asString()).isEqualTo(agencyCode);
        assertThat(user.path("attributes").path("regionCode").path(0).asString()).isEqualTo(regionCode);
        List<String> actual = new ArrayList<>();
        user.path("realmRoles").forEach(r -> actual.add(r.asString()));
        actual.remove("default-roles-enforcement");
        assertThat(actual).as("roles of %s", username).containsExactlyInAnyOrder(roles);
    }

    @Test
    void serviceAccountsCarryTheContractRolesAndClaims() {
        JsonNode gov = user("service-account-gov-systems");
        assertThat(gov.path("realmRoles").toString()).contains("\"integration\"");
        assertThat(gov.path("attributes").path("regionCode").path(0).asString()).isEqualTo("320700");
        assertThat(gov.path("attributes").has("agencyCode")).isFalse();

        JsonNode prov = user("service-account-provincial-exchange");
        assertThat(prov.path("realmRoles").toString()).contains("\"province-readonly\"");
        assertThat(prov.path("attributes").path("regionCode").path(0).asString()).isEqualTo("320000");

        JsonNode hotline = user("service-account-hotline-12345");
        assertThat(hotline.path("realmRoles").toString()).contains("\"hotline\"").doesNotContain("\"integration\"");
        assertThat(hotline.path("attributes").path("regionCode").path(0).asString()).isEqualTo("320700");

        JsonNode probe = user("service-account-token-expiry-probe");
        assertThat(probe.path("realmRoles").toString()).contains("\"officer\"");
        assertThat(probe.path("attributes").path("agencyCode").path(0).asString()).isEqualTo("11320706300200020C");
        assertThat(probe.path("attributes").path("regionCode").path(0).asString()).isEqualTo("320706");
        assertThat(client("token-expiry-probe").path("attributes").path("access.token.lifespan").asString()).isEqualTo("1");
    }

    private static JsonNode client(String clientId) {
        for (JsonNode client : realm.path("clients")) {
            if (clientId.equals(client.path("clientId").asString())) {
                return client;
            }
        }
        throw new AssertionError("no client " + clientId);
    }

    @Test
    void expectedClientsExist() {
        List<String> ids = new ArrayList<>();
        realm.path("clients").forEach(c -> ids.add(c.path("clientId").asString()));
        assertThat(ids).containsExactlyInAnyOrder("enforcement-web", "enforcement-gateway", "gov-systems",
                "provincial-exchange", "token-expiry-probe", "hotline-12345", "enforcement-api-docs");
    }

    @Test
    void everyClientHasTheAudienceAndClaimMappers() {
        for (JsonNode client : realm.path("clients")) {
            String id = client.path("clientId").asString();
            boolean audience = false;
            Set<String> claims = new HashSet<>();
            for (JsonNode mapper : client.path("protocolMappers")) {
                JsonNode config = mapper.path("config");
                if ("oidc-audience-mapper".equals(mapper.path("protocolMapper").asString())
                        && "enforcement-api".equals(config.path("included.custom.audience").asString())
                        && "true".equals(config.path("access.token.claim").asString())) {
                    audience = true;
                }
                if ("oidc-usermodel-attribute-mapper".equals(mapper.path("protocolMapper").asString())
                        && "true".equals(config.path("access.token.claim").asString())) {
                    claims.add(config.path("claim.name").asString());
                }
            }
            assertThat(audience).as("enforcement-api audience mapper on %s", id).isTrue();
            assertThat(claims).as("claim mappers on %s", id).contains("agencyCode", "regionCode");
        }
    }

    @Test
    void webClientIsPublicWithPkceAndWithoutDirectGrants() {
        JsonNode web = client("enforcement-web");
        assertThat(web.path("publicClient").asBoolean()).isTrue();
        assertThat(web.path("attributes").path("pkce.code.challenge.method").asString()).isEqualTo("S256");
        assertThat(web.path("directAccessGrantsEnabled").asBoolean()).isFalse();
        assertThat(web.path("implicitFlowEnabled").asBoolean()).isFalse();
        assertThat(web.path("webOrigins").toString()).contains("http://localhost:5173");
        assertThat(web.path("redirectUris").toString()).contains("http://localhost:5173");
    }

    @Test
    void swaggerUisClientIsPublicWithPkceAndRedirectsToTheGatewayOnly() {
        JsonNode docs = client("enforcement-api-docs");
        assertThat(docs.path("publicClient").asBoolean()).isTrue();
        assertThat(docs.path("attributes").path("pkce.code.challenge.method").asString()).isEqualTo("S256");
        assertThat(docs.path("directAccessGrantsEnabled").asBoolean()).isFalse();
        assertThat(docs.path("implicitFlowEnabled").asBoolean()).isFalse();
        assertThat(docs.path("standardFlowEnabled").asBoolean()).isTrue();
        List<String> redirects = new ArrayList<>();
        docs.path("redirectUris").forEach(r -> redirects.add(r.asString()));
        assertThat(redirects).contains("http://localhost:8080/swagger-ui/oauth2-redirect.html")
                .allSatisfy(r -> assertThat(r).endsWith("/swagger-ui/oauth2-redirect.html"));
        assertThat(docs.path("webOrigins").toString()).contains("http://localhost:8080");
    }

    @Test
    void theOverlayKeepsTheProductionEntriesItDoesNotName() {
        // merged by clientId: the overlay sets the dev secret, the production mappers and flows stay
        JsonNode gov = client("gov-systems");
        assertThat(gov.path("serviceAccountsEnabled").asBoolean()).isTrue();
        assertThat(gov.path("protocolMappers").size()).isEqualTo(3);
        assertThat(gov.path("secret").asString()).isEqualTo("${KC_GOV_SYSTEMS_CLIENT_SECRET:gov-systems-dev-secret}");
        assertThat(realm.has("_comment")).isFalse();
        assertThat(realm.path("passwordPolicy").asString()).isEqualTo("length(8) and notUsername(undefined)");
    }

    @Test
    void machineClientsUseClientCredentialsOnly() {
        for (String id : List.of("gov-systems", "provincial-exchange", "token-expiry-probe", "hotline-12345")) {
            JsonNode c = client(id);
            assertThat(c.path("serviceAccountsEnabled").asBoolean()).as(id).isTrue();
            assertThat(c.path("standardFlowEnabled").asBoolean()).as(id).isFalse();
            assertThat(c.path("directAccessGrantsEnabled").asBoolean()).as(id).isFalse();
            assertThat(c.path("publicClient").asBoolean()).as(id).isFalse();
        }
        assertThat(client("enforcement-gateway").path("directAccessGrantsEnabled").asBoolean()).isTrue();
    }

    @Test
    void noSecretIsALiteral() {
        List<String> secrets = new ArrayList<>();
        collectSecrets(realm, secrets);
        assertThat(secrets).hasSize(5).allSatisfy(s -> assertThat(s).matches(PLACEHOLDER));
        assertThat(client("enforcement-gateway").path("secret").asString())
                .isEqualTo("${KC_GATEWAY_CLIENT_SECRET:gateway-dev-secret}");
        assertThat(client("gov-systems").path("secret").asString())
                .isEqualTo("${KC_GOV_SYSTEMS_CLIENT_SECRET:gov-systems-dev-secret}");
        assertThat(client("provincial-exchange").path("secret").asString())
                .isEqualTo("${KC_PROVINCIAL_EXCHANGE_CLIENT_SECRET:provincial-exchange-dev-secret}");
        assertThat(client("token-expiry-probe").path("secret").asString())
                .isEqualTo("${KC_TOKEN_EXPIRY_PROBE_SECRET:token-expiry-probe-dev-secret}");
    }

    private static void collectSecrets(JsonNode node, List<String> out) {
        if (node.isObject()) {
            for (var entry : node.properties()) {
                if (entry.getKey().toLowerCase().contains("secret") && entry.getValue().isString()) {
                    out.add(entry.getValue().asString());
                } else {
                    collectSecrets(entry.getValue(), out);
                }
            }
        } else if (node.isArray()) {
            node.forEach(n -> collectSecrets(n, out));
        }
    }

    @Test
    void userProfileDeclaresAdminOnlyAgencyAndRegionCodes() throws Exception {
        String config = realm.path("components").path("org.keycloak.userprofile.UserProfileProvider").path(0)
                .path("config").path("kc.user.profile.config").path(0).asString();
        JsonNode profile = MAPPER.readTree(config);
        int found = 0;
        for (JsonNode attribute : profile.path("attributes")) {
            String name = attribute.path("name").asString();
            if (!name.equals("agencyCode") && !name.equals("regionCode")) {
                continue;
            }
            found++;
            assertThat(attribute.path("permissions").path("edit").toString()).isEqualTo("[\"admin\"]");
            Pattern pattern = Pattern.compile(attribute.path("validations").path("pattern").path("pattern").asString());
            if (name.equals("agencyCode")) {
                assertThat(pattern.matcher("1132070030010002XW").matches()).isTrue();
                assertThat(pattern.matcher("11320706300200020C").matches()).isTrue();
                assertThat(pattern.matcher("AG-0101").matches()).isFalse();
            } else {
                assertThat(pattern.matcher("320706").matches()).isTrue();
                assertThat(pattern.matcher("32070").matches()).isFalse();
            }
        }
        assertThat(found).isEqualTo(2);
    }
}
