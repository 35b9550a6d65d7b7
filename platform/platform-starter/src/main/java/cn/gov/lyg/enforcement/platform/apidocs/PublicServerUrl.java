package cn.gov.lyg.enforcement.platform.apidocs;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The base URL a service's OpenAPI document names in {@code servers}: the gateway's public URL, because clients
 * (and Swagger UI's "Try it out") must call the gateway, never the service's own port.
 * <ol>
 * <li>a configured URL ({@code enforcement.api-docs.server-url}, environment {@code PUBLIC_BASE_URL}) wins;</li>
 * <li>else the {@value #GATEWAY_HEADER} header that the gateway sends with the document request (its public base URL
 * as the caller reached it);</li>
 * <li>else the {@code X-Forwarded-Proto/Host/Port/Prefix} headers of another proxy in front of the service;</li>
 * <li>else the URL the request itself was addressed to (a direct call of the service, e.g. by an operator).</li>
 * </ol>
 * Header values are accepted only when they are a plain scheme, host name or address and port: anything else
 * (a forged header with markup or a path) is ignored, so the document never names an arbitrary URL.
 */
public final class PublicServerUrl {

    /** The gateway's public base URL, sent by the gateway's document routes. */
    public static final String GATEWAY_HEADER = "X-Gateway-Public-Url";

    private static final Pattern BASE_URL = Pattern.compile(
            "^https?://(\\[[0-9A-Fa-f:.]+]|[A-Za-z0-9][A-Za-z0-9.-]{0,252})(:[0-9]{1,5})?(/[A-Za-z0-9._~-]+)*/?$");
    private static final Pattern HOST = Pattern.compile("^(\\[[0-9A-Fa-f:.]+]|[A-Za-z0-9]([A-Za-z0-9.-]{0,252}))(:[0-9]{1,5})?$");
    private static final Pattern PORT = Pattern.compile("^[0-9]{1,5}$");
    private static final Pattern PREFIX = Pattern.compile("^(/[A-Za-z0-9._~-]+)+/?$");

    private PublicServerUrl() {
    }

    /**
     * Header values as received (null when absent): the gateway's {@value #GATEWAY_HEADER} and X-Forwarded-*
     * (each may hold a comma-separated list).
     */
    public record Forwarded(String gateway, String proto, String host, String port, String prefix) {

        public Forwarded(String proto, String host, String port, String prefix) {
            this(null, proto, host, port, prefix);
        }
    }

    /**
     * @param configured  the configured public base URL, or null/blank
     * @param forwarded   the request's X-Forwarded-* headers
     * @param requestBase the base URL of the request itself (springdoc's own calculation)
     */
    public static String resolve(String configured, Forwarded forwarded, String requestBase) {
        if (configured != null && !configured.isBlank()) {
            return stripSlash(configured.trim());
        }
        if (forwarded != null && forwarded.gateway() != null && BASE_URL.matcher(forwarded.gateway().trim()).matches()) {
            return stripSlash(forwarded.gateway().trim());
        }
        String fromHeaders = fromHeaders(forwarded);
        return fromHeaders != null ? fromHeaders : requestBase;
    }

    static String fromHeaders(Forwarded forwarded) {
        if (forwarded == null) {
            return null;
        }
        String host = first(forwarded.host());
        if (host == null || !HOST.matcher(host).matches()) {
            return null;
        }
        String proto = first(forwarded.proto());
        proto = proto == null ? "http" : proto.toLowerCase(Locale.ROOT);
        if (!proto.equals("http") && !proto.equals("https")) {
            return null;
        }
        StringBuilder url = new StringBuilder(proto).append("://").append(host);
        String port = first(forwarded.port());
        boolean hostHasPort = host.matches(".*:[0-9]+$") && !host.endsWith("]");
        if (!hostHasPort && port != null && PORT.matcher(port).matches()
                && !(proto.equals("http") && port.equals("80")) && !(proto.equals("https") && port.equals("443"))) {
            url.append(':').append(port);
        }
        String prefix = first(forwarded.prefix());
        if (prefix != null && PREFIX.matcher(prefix).matches()) {
            url.append(stripSlash(prefix));
        }
        return url.toString();
    }

    private static String first(String value) {
        if (value == null) {
            return null;
        }
        int comma = value.indexOf(',');
        String first = (comma < 0 ? value : value.substring(0, comma)).trim();
        return first.isEmpty() ? null : first;
    }

    private static String stripSlash(String url) {
        String result = url;
        while (result.endsWith("/")) {
            result = result.substring(0, result.length() - 1);
        }
        return result;
    }
}
