package cn.gov.lyg.enforcement.inspection.record;

import cn.gov.lyg.enforcement.inspection.draw.DrawHashing;
import cn.gov.lyg.enforcement.inspection.shared.RuleViolation;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * Server-side checks of a synchronised mobile record (DOMAIN.md I7, I12, AS-22):
 * <ul>
 *   <li>the capture time (and every evidence time) is not in the future, beyond a small clock tolerance
 *       ({@code CAPTURE_METADATA_INVALID});</li>
 *   <li>a position is given and valid, and within {@code maxDistanceMeters} (default 1 km [ASM]) of the entity's
 *       registered address when that is known — otherwise a reason is required ({@code CAPTURE_METADATA_INVALID});</li>
 *   <li>the inspection code was scanned, or a reason is given ({@code INSPECTION_CODE_MISSING});</li>
 *   <li>every evidence item carries a SHA-256 of its content, no two the same ({@code EVIDENCE_HASH_INVALID}).</li>
 * </ul>
 */
public final class MobileRecordRules {

    public static final double DEFAULT_MAX_DISTANCE_METERS = 1000;
    public static final Duration DEFAULT_CLOCK_TOLERANCE = Duration.ofMinutes(2);

    private final double maxDistanceMeters;
    private final Duration clockTolerance;

    public MobileRecordRules(double maxDistanceMeters, Duration clockTolerance) {
        this.maxDistanceMeters = maxDistanceMeters;
        this.clockTolerance = clockTolerance;
    }

    public static MobileRecordRules defaults() {
        return new MobileRecordRules(DEFAULT_MAX_DISTANCE_METERS, DEFAULT_CLOCK_TOLERANCE);
    }

    /**
     * @param registeredLocation the entity's registered address position, {@code null} when unknown
     * @param now the server's time of receipt
     */
    public void check(MobileCapture capture, GeoPoint registeredLocation, Instant now) {
        if (capture.deviceRecordId() == null || capture.deviceRecordId().isBlank()) {
            throw RuleViolation.invalid("DEVICE_RECORD_ID_REQUIRED");
        }
        Instant latest = now.plus(clockTolerance);
        if (capture.capturedAt() == null || capture.capturedAt().isAfter(latest)) {
            throw RuleViolation.invalid("CAPTURE_METADATA_INVALID", "capturedAt");
        }
        boolean reason = capture.locationReason() != null && !capture.locationReason().isBlank();
        GeoPoint at = capture.location();
        if (at != null && !at.valid()) {
            throw RuleViolation.invalid("CAPTURE_METADATA_INVALID", "location");
        }
        if (at == null && !reason) {
            throw RuleViolation.invalid("CAPTURE_METADATA_INVALID", "location");
        }
        if (at != null && registeredLocation != null && !reason
                && at.distanceTo(registeredLocation) > maxDistanceMeters) {
            throw RuleViolation.invalid("CAPTURE_METADATA_INVALID", "location")
                    .with("distanceMeters", Math.round(at.distanceTo(registeredLocation)))
                    .with("maxDistanceMeters", Math.round(maxDistanceMeters));
        }
        if (!capture.inspectionCodeScanned()
                && (capture.inspectionCodeReason() == null || capture.inspectionCodeReason().isBlank())) {
            throw RuleViolation.invalid("INSPECTION_CODE_MISSING");
        }
        Set<String> hashes = new HashSet<>();
        for (Evidence e : capture.evidence()) {
            if (!DrawHashing.isSha256Hex(e.sha256()) || !hashes.add(e.sha256().toLowerCase(java.util.Locale.ROOT))) {
                throw RuleViolation.invalid("EVIDENCE_HASH_INVALID", e.sha256());
            }
            if (e.capturedAt() != null && e.capturedAt().isAfter(latest)) {
                throw RuleViolation.invalid("CAPTURE_METADATA_INVALID", "evidence.capturedAt");
            }
            if (e.location() != null && !e.location().valid()) {
                throw RuleViolation.invalid("CAPTURE_METADATA_INVALID", "evidence.location");
            }
        }
    }
}
