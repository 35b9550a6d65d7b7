package cn.gov.lyg.enforcement.platform.security;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/** A realm stand-in for tests: RSA keys published as a JWK set on WireMock, and signed Keycloak-shaped tokens. */
final class JwksServer implements AutoCloseable {

    static final String PATH = "/realms/test/protocol/openid-connect/certs";
    static final String AUDIENCE = "enforcement-api";

    final WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());

    JwksServer() {
        server.start();
    }

    static RSAKey rsa(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same key material under another key id (cheap: no key generation). */
    static RSAKey withKid(RSAKey base, String kid) {
        return new RSAKey.Builder(base).keyID(kid).build();
    }

    void publish(RSAKey... keys) {
        List<JWK> publicKeys = java.util.Arrays.stream(keys).map(k -> (JWK) k.toPublicJWK()).toList();
        server.stubFor(get(urlEqualTo(PATH)).willReturn(okJson(new JWKSet(publicKeys).toString())));
    }

    String issuer() {
        return "http://127.0.0.1:" + server.port() + "/realms/test";
    }

    String jwkSetUri() {
        return "http://127.0.0.1:" + server.port() + PATH;
    }

    int fetches() {
        return server.findAll(getRequestedFor(urlEqualTo(PATH))).size();
    }

    SecurityProperties properties() {
        SecurityProperties properties = new SecurityProperties();
        properties.setIssuerUri(issuer());
        properties.setJwkSetUri(jwkSetUri());
        properties.setAudience(AUDIENCE);
        return properties;
    }

    /** A valid access token as Keycloak issues it; {@code change} alters header or claims. */
    String token(RSAKey key, Consumer<JWTClaimsSet.Builder> change) {
        return token(key, new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT)
                .build(), change);
    }

    String token(RSAKey key, JWSHeader header, Consumer<JWTClaimsSet.Builder> change) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(issuer()).audience(List.of(AUDIENCE, "account"))
                .subject("officer-1").claim("azp", "enforcement-web").claim("typ", "Bearer")
                .claim("realm_access", Map.of("roles", List.of("officer")))
                .issueTime(Date.from(now.minusSeconds(5))).expirationTime(Date.from(now.plusSeconds(300)))
                .jwtID(UUID.randomUUID().toString());
        change.accept(claims);
        SignedJWT jwt = new SignedJWT(header, claims.build());
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    @Override
    public void close() {
        server.stop();
    }
}
