package cn.gov.lyg.enforcement.platform.apidocs;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How a service describes itself in its OpenAPI document ({@code enforcement.api-docs.*}).
 */
@ConfigurationProperties("enforcement.api-docs")
public class ApiDocsProperties {

    /**
     * The gateway's public base URL (e.g. {@code https://enforcement.lyg.example}), named in {@code servers}.
     * Empty: taken from the X-Gateway-Public-Url header of the document request (the gateway sends it; or a proxy's
     * X-Forwarded-*), else the request's own URL. Environment: {@code PUBLIC_BASE_URL}.
     */
    private String serverUrl;

    /**
     * The realm whose endpoints the OAuth2 security scheme names, as a browser reaches it. Empty: the token issuer
     * ({@code enforcement.security.issuer-uri}), which is Keycloak's fixed public host name.
     */
    private String issuerUri;

    /** Client id that Swagger UI uses for the authorization-code + PKCE login (a public client of the realm). */
    private String clientId = "enforcement-api-docs";

    public String getServerUrl() {
        return serverUrl;
    }

    public void setServerUrl(String serverUrl) {
        this.serverUrl = serverUrl;
    }

    public String getIssuerUri() {
        return issuerUri;
    }

    public void setIssuerUri(String issuerUri) {
        this.issuerUri = issuerUri;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }
}
