package cn.gov.lyg.enforcement.platform.apidocs;

import java.util.ArrayList;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.ServerBaseUrlCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;

/**
 * Every service's OpenAPI document, the same way:
 * <ul>
 * <li>{@code servers} names the gateway's public base URL ({@link PublicServerUrl}), so "Try it out" and generated
 * clients call the gateway;</li>
 * <li>security scheme {@value #OAUTH2}: OAuth2 against the realm, authorization code (with PKCE, Swagger UI's
 * client {@code enforcement-api-docs}) for people and client credentials for systems; {@value #BEARER} for a token
 * fetched elsewhere; either one satisfies an operation;</li>
 * <li>the public (公示) operations under {@code /api/<context>/v1/public/} need no token: {@code security: []}.</li>
 * </ul>
 * The production profile switches springdoc off ({@code platform-defaults-prod.properties}); the documents stay in
 * the build ({@code target/openapi/<context>.json}, written by each service's wiring test).
 */
@AutoConfiguration
@ConditionalOnClass({ OpenAPI.class, ServerBaseUrlCustomizer.class })
@EnableConfigurationProperties(ApiDocsProperties.class)
public class ApiDocsAutoConfiguration {

    /** Name of the OAuth2 security scheme (authorization code + PKCE, client credentials). */
    public static final String OAUTH2 = "keycloak";

    /** Name of the plain bearer-token security scheme. */
    public static final String BEARER = "bearer-jwt";

    @Bean
    @ConditionalOnMissingBean
    public OpenAPI platformOpenApi(Environment environment, ApiDocsProperties properties) {
        String name = environment.getProperty("spring.application.name", "service");
        String issuer = properties.getIssuerUri();
        if (issuer == null || issuer.isBlank()) {
            issuer = environment.getProperty("enforcement.security.issuer-uri",
                    "http://localhost:8180/realms/enforcement");
        }
        String oidc = stripSlash(issuer) + "/protocol/openid-connect";
        SecurityScheme oauth2 = new SecurityScheme().type(SecurityScheme.Type.OAUTH2)
                .description("Keycloak realm " + stripSlash(issuer) + ". People: authorization code with PKCE (S256); "
                        + "in Swagger UI press Authorize (client " + properties.getClientId() + "). Systems: client "
                        + "credentials with their own client id and secret (docs/integrating.md).")
                .flows(new OAuthFlows()
                        .authorizationCode(new OAuthFlow().authorizationUrl(oidc + "/auth").tokenUrl(oidc + "/token")
                                .refreshUrl(oidc + "/token")
                                .scopes(new Scopes().addString("openid", "OpenID Connect: sign-in")))
                        .clientCredentials(new OAuthFlow().tokenUrl(oidc + "/token").scopes(new Scopes())));
        SecurityScheme bearer = new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("Access token of realm enforcement (audience enforcement-api), fetched elsewhere");
        return new OpenAPI()
                .info(new Info().title("连云港市行政执法质量平台 - " + name)
                        .description(environment.getProperty("enforcement.api.description",
                                "Lianyungang enforcement-quality platform: " + name))
                        .version("v1"))
                .components(new Components().addSecuritySchemes(OAUTH2, oauth2).addSecuritySchemes(BEARER, bearer))
                .addSecurityItem(new SecurityRequirement().addList(OAUTH2))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /** {@code servers}: the gateway's public base URL (configured, or from the header the gateway sends). */
    @Bean
    public ServerBaseUrlCustomizer publicServerBaseUrl(ApiDocsProperties properties) {
        return (serverBaseUrl, request) -> {
            HttpHeaders headers = request.getHeaders();
            return PublicServerUrl.resolve(properties.getServerUrl(),
                    new PublicServerUrl.Forwarded(headers.getFirst(PublicServerUrl.GATEWAY_HEADER),
                            headers.getFirst("X-Forwarded-Proto"),
                            headers.getFirst("X-Forwarded-Host"), headers.getFirst("X-Forwarded-Port"),
                            headers.getFirst("X-Forwarded-Prefix")),
                    serverBaseUrl);
        };
    }

    /** The public disclosure operations need no token: their {@code security} is the empty list. */
    @Bean
    public OpenApiCustomizer publicOperationsNeedNoToken() {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> {
                if (isPublic(path)) {
                    item.readOperations().forEach(operation -> operation.setSecurity(new ArrayList<>()));
                }
            });
        };
    }

    static boolean isPublic(String path) {
        return path.matches("^/api/[^/]+/v1/public(/.*)?$");
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
