/**
 * Every service's OpenAPI document, the same way (springdoc; {@link cn.gov.lyg.enforcement.platform.apidocs.ApiDocsAutoConfiguration}):
 * <ul>
 * <li>{@code servers} = the gateway's public base URL ({@link cn.gov.lyg.enforcement.platform.apidocs.PublicServerUrl}:
 * {@code PUBLIC_BASE_URL}, else the {@code X-Gateway-Public-Url} header that the gateway's document route sends (or a proxy's {@code X-Forwarded-*}), else the
 * request's own URL), so "Try it out" in the gateway's Swagger UI and generated clients call the gateway;</li>
 * <li>security scheme {@code keycloak}: OAuth2 against the realm (authorization code with PKCE for people, client
 * credentials for systems), and {@code bearer-jwt} for a token fetched elsewhere;</li>
 * <li>{@code security: []} on the public disclosure operations ({@code /api/<context>/v1/public/...});</li>
 * <li>nothing at all in the production profile ({@code platform-defaults-prod.properties}); each service's wiring
 * test ({@code ServiceWiringContract}) writes the document to {@code target/openapi/<context>.json}.</li>
 * </ul>
 * Nothing to do in a service: the starter brings it. Describe operations with {@code @Operation(summary = ...)}.
 */
package cn.gov.lyg.enforcement.platform.apidocs;
