package cn.gov.lyg.enforcement.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The token matrix against the running stack, at the gateway and at each service directly (every service is a
 * resource server of its own): no token, garbage, a real token of another realm (wrong issuer), a real token of this
 * realm without the {@code enforcement-api} audience, an expired real token, a not-yet-valid token, a real token with
 * tampered claims, {@code alg: none}, HS256 keyed with the realm's public key, an unknown kid, and the token of a
 * client disabled after it was issued: each answers 401 {@code application/problem+json} with code
 * {@code UNAUTHENTICATED}, while the same officer's real token passes. Tokens the realm cannot be made to sign (not yet
 * valid) are forged with a key of our own here; every service's build checks those with a trusted test key too
 * ({@code ServiceWiringContract}).
 */
class TokenMatrixSystemIT {

    private static final String DISABLED_CLIENT = "disabled-probe";

    /** Where tokens are presented: the gateway and each service itself, on a path that needs a token. */
    static Map<String, String> targets() {
        Map<String, String> targets = new LinkedHashMap<>();
        targets.put("gateway", Stack.GATEWAY + "/api/catalog/v1/items?size=1");
        for (ApiOperations.Service service : ApiOperations.SERVICES) {
            targets.put(service.name(), service.baseUrl() + "/api/" + service.context() + "/v1/token-matrix-probe");
        }
        return targets;
    }

    private static HttpResponse<String> present(String url, String token) {
        HttpRequest.Builder request = Stack.get(url);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return Stack.send(request);
    }

    private static String claimsOf(String token) {
        return new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
    }

    @Test
    void everyUnacceptableTokenIs401ProblemAtTheGatewayAndAtEveryService() throws Exception {
        // started first: its 5-second token expires while the other cases run
        String expiring = Tokens.freshClient("token-expiry-probe",
                Stack.env("KC_TOKEN_EXPIRY_PROBE_SECRET", "token-expiry-probe-dev-secret"));
        String real = Tokens.user("hz-officer");
        // controls: the real token is accepted everywhere (the service answers its own 404 for the probe path)
        for (Map.Entry<String, String> target : targets().entrySet()) {
            assertThat(present(target.getValue(), real).statusCode()).as("real token at %s", target.getKey())
                    .isNotEqualTo(401).isLessThan(500);
        }

        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("none", null);
        cases.put("garbage", "not-a-jwt");
        cases.put("malformed JWT", "eyJhbGciOiJSUzI1NiJ9.e30.AAAA");
        cases.put("wrong issuer (a real master-realm token)", KeycloakAdmin.adminToken());
        cases.put("wrong audience (a real token of this realm for admin-cli)", wrongAudience());
        cases.put("not yet valid", forged(JWTClaimsSet.parse(claimsOf(real)), Instant.now().plusSeconds(600)));
        cases.put("tampered claims", tampered(real));
        cases.put("alg none", new PlainJWT(JWTClaimsSet.parse(claimsOf(real))).serialize());
        cases.put("HS256 with the realm's public key", hs256WithPublicKey(real));
        cases.put("unknown kid", forged(JWTClaimsSet.parse(claimsOf(real)), null));
        cases.put("client disabled after issuing", disabledClientToken());

        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, String> target : targets().entrySet()) {
            for (Map.Entry<String, String> token : cases.entrySet()) {
                checked++;
                failures.addAll(check(target.getKey(), token.getKey(), present(target.getValue(), token.getValue())));
            }
        }
        // expired: valid while fresh (skew 10 s), refused everywhere once past exp + skew
        Map<String, Object> expiringClaims = Stack.JSON.readValue(claimsOf(expiring), Map.class);
        assertThat(((Number) expiringClaims.get("exp")).longValue() - ((Number) expiringClaims.get("iat")).longValue())
                .isLessThanOrEqualTo(5);
        Awaitility.await().atMost(Duration.ofSeconds(45)).pollInterval(Duration.ofSeconds(1))
                .until(() -> present(targets().get("gateway"), expiring).statusCode() == 401);
        for (Map.Entry<String, String> target : targets().entrySet()) {
            checked++;
            failures.addAll(check(target.getKey(), "expired", present(target.getValue(), expiring)));
        }
        System.out.printf("token matrix: %d bad tokens × %d targets checked, %d failures%n", cases.size() + 1,
                targets().size(), failures.size());
        assertThat(checked).isEqualTo((cases.size() + 1) * targets().size());
        assertThat(failures).as("tokens not refused with a 401 problem").isEmpty();
    }

    private static List<String> check(String target, String name, HttpResponse<String> response) {
        List<String> failures = new ArrayList<>();
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (response.statusCode() != 401 || !type.startsWith("application/problem+json")
                || !response.body().contains("\"UNAUTHENTICATED\"")) {
            failures.add(target + " / " + name + ": " + response.statusCode() + " " + type + " "
                    + response.body().substring(0, Math.min(200, response.body().length())));
        }
        return failures;
    }

    /** A password grant through Keycloak's own admin-cli client: no audience mapper, so no enforcement-api. */
    private static String wrongAudience() {
        HttpResponse<String> response = Stack.send(HttpRequest.newBuilder(URI.create(Stack.KEYCLOAK
                        + "/realms/enforcement/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "grant_type=password&client_id=admin-cli&username=hz-officer&password=hz-officer-pass")));
        assertThat(response.statusCode()).as("admin-cli token: %s", response.body()).isEqualTo(200);
        String token = Stack.json(response).get("access_token").asString();
        assertThat(claimsOf(token)).doesNotContain("enforcement-api");
        return token;
    }

    /** Our own RSA key under a kid the realm never had; {@code notBefore} set when given. */
    private static String forged(JWTClaimsSet claims, Instant notBefore) throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).keyID("forged-" + UUID.randomUUID()).generate();
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder(claims);
        if (notBefore != null) {
            builder.notBeforeTime(Date.from(notBefore)).expirationTime(Date.from(notBefore.plusSeconds(300)));
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                builder.build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    /** A real token whose claims are changed (city-wide catalog admin) while the realm's signature is kept. */
    private static String tampered(String real) {
        String[] parts = real.split("\\.");
        String claims = claimsOf(real).replace("\"officer\"", "\"catalog-admin\"")
                .replace("\"320706\"", "\"320700\"");
        assertThat(claims).isNotEqualTo(claimsOf(real));
        parts[1] = Base64.getUrlEncoder().withoutPadding().encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        return String.join(".", parts);
    }

    /** HS256 keyed with the realm's RSA public key (as served by the JWK set), under the realm key's kid. */
    private static String hs256WithPublicKey(String real) throws Exception {
        String kid = SignedJWT.parse(real).getHeader().getKeyID();
        HttpResponse<String> certs = Stack.send(Stack.get(Stack.KEYCLOAK
                + "/realms/enforcement/protocol/openid-connect/certs"));
        JWK jwk = JWKSet.parse(certs.body()).getKeyByKeyId(kid);
        assertThat(jwk).as("the realm's signing key %s", kid).isNotNull();
        byte[] secret = jwk.toRSAKey().toRSAPublicKey().getEncoded();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(kid).build(),
                JWTClaimsSet.parse(claimsOf(real)));
        jwt.sign(new MACSigner(secret));
        return jwt.serialize();
    }

    /**
     * A real token of a client that is then disabled in Keycloak (which refuses it new tokens from then on); the stack
     * lists the client in {@code OIDC_DISABLED_CLIENTS}, so its token already issued is refused too.
     */
    private static String disabledClientToken() {
        String secret = KeycloakAdmin.ensureClient(DISABLED_CLIENT, "officer");
        KeycloakAdmin.setClientEnabled(DISABLED_CLIENT, true);
        String token = Tokens.freshClient(DISABLED_CLIENT, secret);
        assertThat(claimsOf(token)).contains("enforcement-api").contains("\"azp\":\"" + DISABLED_CLIENT + "\"");
        KeycloakAdmin.setClientEnabled(DISABLED_CLIENT, false);
        HttpResponse<String> refused = Stack.send(HttpRequest.newBuilder(URI.create(Stack.KEYCLOAK
                        + "/realms/enforcement/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=" + DISABLED_CLIENT
                        + "&client_secret=" + secret)));
        assertThat(refused.statusCode()).as("a disabled client gets no token: %s", refused.body()).isIn(400, 401);
        return token;
    }
}
