package cn.gov.lyg.enforcement.platform.test;

import cn.gov.lyg.enforcement.platform.security.Role;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Mints Keycloak-shaped access tokens for tests: {@code realm_access.roles}, {@code agencyCode}, {@code regionCode},
 * {@code azp}, audience {@code enforcement-api}, signed with the {@link TestJwks} key (or deliberately not).
 */
public final class TestTokens {

    private String username = "tester";
    private String clientId = "enforcement-gateway";
    private final List<String> roles = new ArrayList<>();
    private String agencyCode;
    private String regionCode;
    private String issuer;
    private List<String> audience = List.of("enforcement-api", "account");
    private Instant issuedAt = Instant.now();
    private Duration lifetime = Duration.ofMinutes(5);
    private boolean foreignKey;
    private boolean tamper;
    private Instant notBefore;
    private String keyId;

    private TestTokens() {
    }

    public static TestTokens user(String username) {
        TestTokens tokens = new TestTokens();
        tokens.username = username;
        return tokens;
    }

    /** A client-credentials token of a system client (Keycloak names its user service-account-&lt;client&gt;). */
    public static TestTokens system(String clientId) {
        TestTokens tokens = new TestTokens();
        tokens.username = "service-account-" + clientId;
        tokens.clientId = clientId;
        return tokens.roles(Role.INTEGRATION);
    }

    public TestTokens roles(Role... granted) {
        for (Role role : granted) {
            roles.add(role.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        return this;
    }

    public TestTokens agency(String code) {
        this.agencyCode = code;
        return this;
    }

    public TestTokens region(String code) {
        this.regionCode = code;
        return this;
    }

    public TestTokens client(String id) {
        this.clientId = id;
        return this;
    }

    public TestTokens issuer(String value) {
        this.issuer = value;
        return this;
    }

    public TestTokens audience(String... values) {
        this.audience = List.of(values);
        return this;
    }

    public TestTokens expiredSince(Duration ago) {
        this.issuedAt = Instant.now().minus(ago).minus(lifetime);
        return this;
    }

    public TestTokens signedWithForeignKey() {
        this.foreignKey = true;
        return this;
    }

    public TestTokens tampered() {
        this.tamper = true;
        return this;
    }

    /** A token that only becomes valid {@code ahead} from now ({@code nbf}). */
    public TestTokens notValidBefore(Instant when) {
        this.notBefore = when;
        return this;
    }

    /** Signed with a fresh key (not in the key set) under this {@code kid}. */
    public TestTokens signedWithUnknownKid(String kid) {
        this.foreignKey = true;
        this.keyId = kid;
        return this;
    }

    /** The claims of this token, unsigned: header {@code alg: none}, empty signature. */
    public String unsigned() {
        return new com.nimbusds.jwt.PlainJWT(claims().build()).serialize();
    }

    /**
     * The claims signed with HS256 using the realm's PUBLIC key as the HMAC secret, under the realm key's kid (the
     * algorithm-confusion attack on verifiers that take the algorithm from the token).
     */
    public String hs256WithPublicKey() {
        try {
            var jwk = TestJwks.get().key();
            byte[] secret = jwk.toPublicJWK().toRSAPublicKey().getEncoded();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(jwk.getKeyID()).build(),
                    claims().build());
            jwt.sign(new com.nimbusds.jose.crypto.MACSigner(secret));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private JWTClaimsSet.Builder claims() {
        TestJwks jwks = TestJwks.get();
        List<String> realmRoles = new ArrayList<>(roles);
        realmRoles.add("default-roles-enforcement");
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer != null ? issuer : jwks.issuer())
                .subject(UUID.nameUUIDFromBytes(username.getBytes()).toString())
                .audience(audience)
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from((notBefore != null && notBefore.isAfter(issuedAt) ? notBefore : issuedAt)
                        .plus(lifetime)))
                .jwtID(UUID.randomUUID().toString())
                .claim("azp", clientId)
                .claim("preferred_username", username)
                .claim("typ", "Bearer")
                .claim("realm_access", Map.of("roles", realmRoles));
        if (notBefore != null) {
            claims.notBeforeTime(Date.from(notBefore));
        }
        if (agencyCode != null) {
            claims.claim("agencyCode", agencyCode);
        }
        if (regionCode != null) {
            claims.claim("regionCode", regionCode);
        }
        return claims;
    }

    public String token() {
        TestJwks jwks = TestJwks.get();
        JWTClaimsSet.Builder claims = claims();
        try {
            var key = foreignKey ? new RSAKeyGenerator(2048).keyID(keyId != null ? keyId : "test-key-1").generate()
                    : jwks.key();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    claims.build());
            jwt.sign(new RSASSASigner(key));
            String serialized = jwt.serialize();
            if (tamper) {
                String[] parts = serialized.split("\\.");
                String payload = parts[1];
                char last = payload.charAt(payload.length() / 2);
                parts[1] = payload.substring(0, payload.length() / 2) + (last == 'A' ? 'B' : 'A')
                        + payload.substring(payload.length() / 2 + 1);
                serialized = String.join(".", parts);
            }
            return serialized;
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public String bearer() {
        return "Bearer " + token();
    }
}
