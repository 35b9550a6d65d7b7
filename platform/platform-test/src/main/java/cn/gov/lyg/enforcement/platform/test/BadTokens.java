package cn.gov.lyg.enforcement.platform.test;

import cn.gov.lyg.enforcement.platform.security.Role;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.function.Supplier;

/**
 * The token matrix: every way a bearer token can be unacceptable, each otherwise a perfectly good officer token of
 * 海州区市场监管局. The gateway and every service must answer each with 401 {@code application/problem+json}
 * ({@link ServiceWiringContract} checks the services, the gateway's tests the edge). {@code null} is "no token".
 */
public enum BadTokens {

    NONE(() -> null),
    GARBAGE(() -> "Bearer not-a-jwt"),
    MALFORMED_JWT(() -> "Bearer eyJhbGciOiJSUzI1NiJ9.e30.AAAA"),
    WRONG_ISSUER(() -> officer().issuer("http://localhost:1/realms/other").bearer()),
    WRONG_AUDIENCE(() -> officer().audience("account", "some-other-api").bearer()),
    EXPIRED(() -> officer().expiredSince(Duration.ofMinutes(2)).bearer()),
    NOT_YET_VALID(() -> officer().notValidBefore(Instant.now().plus(Duration.ofMinutes(5))).bearer()),
    TAMPERED_CLAIMS(() -> "Bearer " + tamperedClaims(officer().token())),
    ALG_NONE(() -> "Bearer " + officer().unsigned()),
    HS256_WITH_PUBLIC_KEY(() -> "Bearer " + officer().hs256WithPublicKey()),
    UNKNOWN_KID(() -> officer().signedWithUnknownKid("unknown-kid-" + System.nanoTime()).bearer()),
    FOREIGN_KEY_KNOWN_KID(() -> officer().signedWithForeignKey().bearer()),
    DISABLED_CLIENT(() -> officer().client(BadTokens.DISABLED_CLIENT_ID).bearer());

    /** The client id the test configuration lists in {@code enforcement.security.disabled-clients}. */
    public static final String DISABLED_CLIENT_ID = "disabled-probe";

    private final Supplier<String> authorization;

    BadTokens(Supplier<String> authorization) {
        this.authorization = authorization;
    }

    /** The {@code Authorization} header value (null: send none). */
    public String authorization() {
        return authorization.get();
    }

    /** The control: the same officer token, acceptable. */
    public static String goodAuthorization() {
        return officer().bearer();
    }

    static TestTokens officer() {
        return TestTokens.user("hz-officer").roles(Role.OFFICER).agency("11320706300200020C").region("320706");
    }

    /** The claims changed (a city-wide catalog admin now), the original signature kept. */
    static String tamperedClaims(String token) {
        String[] parts = token.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"officer\"", "\"catalog-admin\"").replace("\"320706\"", "\"320700\"");
        parts[1] = Base64.getUrlEncoder().withoutPadding().encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        return String.join(".", parts);
    }
}
