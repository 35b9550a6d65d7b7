package cn.gov.lyg.enforcement.platform.problem;

/**
 * The problem codes the platform itself answers with (the gateway and the services' shared handlers), with their
 * HTTP status. Their zh/en texts are in {@code platform/problems.properties} / {@code problems_en.properties}
 * ({@link ProblemTexts}); the services add their rule codes in their own bundles.
 */
public enum PlatformProblem {

    BAD_REQUEST(400),
    VALIDATION_FAILED(400),
    MALFORMED_JSON(400),
    UNAUTHENTICATED(401),
    ACCESS_DENIED(403),
    NOT_FOUND(404),
    METHOD_NOT_ALLOWED(405),
    NOT_ACCEPTABLE(406),
    VERSION_CONFLICT(409),
    PAYLOAD_TOO_LARGE(413),
    UNSUPPORTED_MEDIA_TYPE(415),
    RATE_LIMITED(429),
    INTERNAL_ERROR(500),
    SERVICE_UNAVAILABLE(503);

    private final int status;
    private final String type;

    PlatformProblem(int status) {
        this.status = status;
        this.type = ProblemTexts.type(name());
    }

    public int status() {
        return status;
    }

    /** The problem {@code type} URI. */
    public String type() {
        return type;
    }

    public String code() {
        return name();
    }
}
