package cn.gov.lyg.enforcement.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * One token policy for the edge and the services: the blocking decoder (what every servlet service wires) and the
 * reactive decoder (what the gateway wires) are built from the same {@link TokenPolicy} and must give the same
 * answer for every token of the matrix.
 */
class TokenPolicyTest {

    static final JwksServer realm = new JwksServer();
    static final RSAKey KEY = JwksServer.rsa("key-1");
    static final RSAKey UNKNOWN = JwksServer.rsa("key-unknown");
    static final RSAKey FORGER = JwksServer.rsa("key-1");

    static {
        realm.publish(KEY);
    }

    @AfterAll
    static void stop() {
        realm.close();
    }

    private final SecurityProperties properties = realm.properties();
    private final TokenPolicy policy = new TokenPolicy(properties, Clock.systemUTC());
    private final JwtDecoder servletSide = policy.decoder(JwkSetSource.http(properties, Clock.systemUTC()));
    private final ReactiveJwtDecoder gatewaySide = policy.reactiveDecoder(JwkSetSource.http(properties,
            Clock.systemUTC()));

    private Map<String, String> matrix() {
        Instant now = Instant.now();
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("valid", realm.token(KEY, c -> { }));
        tokens.put("garbage", "not.a.token");
        tokens.put("wrong issuer", realm.token(KEY, c -> c.issuer("http://evil.example/realms/enforcement")));
        tokens.put("wrong audience", realm.token(KEY, c -> c.audience("account")));
        tokens.put("expired", realm.token(KEY, c -> c.expirationTime(Date.from(now.minusSeconds(60)))));
        tokens.put("not yet valid", realm.token(KEY, c -> c.notBeforeTime(Date.from(now.plusSeconds(120)))));
        tokens.put("ID token (typ claim)", realm.token(KEY, c -> c.claim("typ", "ID")));
        tokens.put("header typ not JWT", realm.token(KEY, new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(KEY.getKeyID()).type(new JOSEObjectType("at+jwt")).build(), c -> { }));
        tokens.put("RS512", realm.token(KEY, new JWSHeader.Builder(JWSAlgorithm.RS512).keyID(KEY.getKeyID())
                .type(JOSEObjectType.JWT).build(), c -> { }));
        tokens.put("unknown kid", realm.token(UNKNOWN, c -> { }));
        tokens.put("forged with the same kid", realm.token(FORGER, c -> { }));
        tokens.put("tampered claims", tamper(realm.token(KEY, c -> { })));
        tokens.put("alg none", new PlainJWT(new JWTClaimsSet.Builder().issuer(realm.issuer())
                .audience(JwksServer.AUDIENCE).subject("x").expirationTime(Date.from(now.plusSeconds(300))).build())
                .serialize());
        tokens.put("HS256 with the public key", hs256WithPublicKey(now));
        tokens.put("expired within the skew", realm.token(KEY,
                c -> c.expirationTime(Date.from(Instant.now().minusSeconds(2)))));
        return tokens;
    }

    @Test
    void servicesAndGatewayAcceptAndRejectTheSameTokens() {
        Map<String, Boolean> servlet = new LinkedHashMap<>();
        Map<String, Boolean> reactive = new LinkedHashMap<>();
        matrix().forEach((name, token) -> {
            servlet.put(name, accepts(() -> servletSide.decode(token)));
            reactive.put(name, accepts(() -> gatewaySide.decode(token).block()));
        });
        assertThat(reactive).isEqualTo(servlet);
        assertThat(servlet).containsEntry("valid", true).containsEntry("expired within the skew", true);
        servlet.forEach((name, accepted) -> {
            if (!name.equals("valid") && !name.equals("expired within the skew")) {
                assertThat(accepted).as(name).isFalse();
            }
        });
    }

    @Test
    void rejectionsAreBadTokensNotOutages() {
        matrix().forEach((name, token) -> {
            if (!name.startsWith("valid") && !name.startsWith("expired within")) {
                try {
                    servletSide.decode(token);
                } catch (JwtException e) {
                    assertThat(e).as(name).isInstanceOf(org.springframework.security.oauth2.jwt.BadJwtException.class);
                }
            }
        });
    }

    private static boolean accepts(Runnable decode) {
        try {
            decode.run();
            return true;
        } catch (JwtException e) {
            return false;
        }
    }

    private static String tamper(String token) {
        String[] parts = token.split("\\.");
        String claims = new String(Base64URL.from(parts[1]).decode(), StandardCharsets.UTF_8)
                .replace("\"officer\"", "\"supervisor-city\"");
        return parts[0] + "." + Base64URL.encode(claims) + "." + parts[2];
    }

    private String hs256WithPublicKey(Instant now) {
        try {
            byte[] secret = KEY.toPublicJWK().toRSAPublicKey().getEncoded();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(KEY.getKeyID()).build(),
                    new JWTClaimsSet.Builder().issuer(realm.issuer()).audience(List.of(JwksServer.AUDIENCE))
                            .subject("x").expirationTime(Date.from(now.plusSeconds(300))).build());
            jwt.sign(new MACSigner(secret));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
