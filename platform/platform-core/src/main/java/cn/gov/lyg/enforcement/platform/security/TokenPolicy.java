package cn.gov.lyg.enforcement.platform.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.time.Clock;
import java.util.List;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * What makes a token acceptable, for the gateway and every service alike (one policy, so the edge and the services
 * reject the same tokens):
 * <ul>
 * <li>signed with RS256 by a key of the realm's key set ({@link JwkSetSource}); {@code none}, HS256 and other
 * algorithms are rejected, whatever key they name;</li>
 * <li>header {@code typ} {@code JWT} (or absent); a Keycloak {@code typ} claim, when present, must be
 * {@code Bearer} (ID and refresh tokens are not access tokens);</li>
 * <li>{@code iss} the configured issuer, {@code aud} containing the configured audience;</li>
 * <li>{@code exp}/{@code nbf} checked against the injected clock with the configured skew;</li>
 * <li>{@code azp} not one of the disabled clients ({@link SecurityProperties#getDisabledClients()}).</li>
 * </ul>
 * The decoders it builds are not cached; wrap them in {@link CachingJwtDecoder} / {@link CachingReactiveJwtDecoder}.
 */
public final class TokenPolicy {

    public static final JWSAlgorithm ALGORITHM = JWSAlgorithm.RS256;
    static final String ACCESS_TOKEN_TYPE = "Bearer";

    private final SecurityProperties properties;
    private final Clock clock;

    public TokenPolicy(SecurityProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** Claim checks (after the signature): issuer, audience, access-token type, exp/nbf with skew. */
    public OAuth2TokenValidator<Jwt> claimsValidator() {
        JwtTimestampValidator timestamps = new JwtTimestampValidator(properties.getClockSkew());
        timestamps.setClock(clock);
        return new DelegatingOAuth2TokenValidator<>(List.of(timestamps,
                new JwtIssuerValidator(properties.getIssuerUri()),
                new JwtAudienceValidator(properties.getAudience()),
                TokenPolicy::accessTokenType, this::enabledClient));
    }

    OAuth2TokenValidatorResult enabledClient(Jwt jwt) {
        Object azp = jwt.getClaims().get("azp");
        if (azp != null && properties.getDisabledClients().contains(String.valueOf(azp))) {
            return OAuth2TokenValidatorResult.failure(
                    new OAuth2Error("invalid_token", "the client " + azp + " is disabled", null));
        }
        return OAuth2TokenValidatorResult.success();
    }

    static OAuth2TokenValidatorResult accessTokenType(Jwt jwt) {
        Object typ = jwt.getClaims().get("typ");
        if (typ == null || ACCESS_TOKEN_TYPE.equalsIgnoreCase(String.valueOf(typ))) {
            return OAuth2TokenValidatorResult.success();
        }
        return OAuth2TokenValidatorResult.failure(
                new OAuth2Error("invalid_token", "the token is not an access token (typ " + typ + ")", null));
    }

    /** Signature and header checks with keys from {@code keys}; claims are left to {@link #claimsValidator()}. */
    public DefaultJWTProcessor<SecurityContext> processor(JWKSource<SecurityContext> keys) {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT, null));
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHM, keys));
        processor.setJWTClaimsSetVerifier((claims, context) -> { });
        return processor;
    }

    /** The blocking decoder (servlet services). */
    public JwtDecoder decoder(JwkSetSource keys) {
        NimbusJwtDecoder decoder = new NimbusJwtDecoder(processor(keys));
        decoder.setJwtValidator(claimsValidator());
        return decoder;
    }

    /**
     * The reactive decoder (gateway). A token whose key is already known is checked on the calling thread; one
     * that needs the key set fetched is checked on the bounded-elastic scheduler, never on the event loop.
     */
    public ReactiveJwtDecoder reactiveDecoder(JwkSetSource keys) {
        DefaultJWTProcessor<SecurityContext> processor = processor(keys);
        NimbusReactiveJwtDecoder decoder = new NimbusReactiveJwtDecoder(jwt -> {
            Mono<JWTClaimsSet> check = Mono.fromCallable(() -> process(processor, jwt));
            return keys.knowsFresh(kidOf(jwt)) ? check : check.subscribeOn(Schedulers.boundedElastic());
        });
        decoder.setJwtValidator(claimsValidator());
        return decoder;
    }

    private static JWTClaimsSet process(DefaultJWTProcessor<SecurityContext> processor, JWT jwt) {
        try {
            return processor.process(jwt, null);
        } catch (KeySourceException e) {
            throw new JwtException("could not retrieve the realm's signing keys: " + e.getMessage(), e);
        } catch (BadJOSEException | JOSEException e) {
            throw new BadJwtException("invalid token: " + e.getMessage(), e);
        }
    }

    private static String kidOf(JWT jwt) {
        return jwt instanceof SignedJWT signed ? signed.getHeader().getKeyID() : null;
    }
}
