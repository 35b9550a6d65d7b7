package cn.gov.lyg.enforcement.inspection.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.lyg.enforcement.inspection.shared.RuleViolation;
import java.time.Instant;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class MobileRecordRulesTest {

    private static final Instant NOW = Instant.parse("2025-05-06T03:00:00Z");
    /** 海州区, near the registered address. */
    private static final GeoPoint REGISTERED = new GeoPoint(34.5960, 119.1790, null);
    private static final String HASH = "a".repeat(64);
    private final MobileRecordRules rules = MobileRecordRules.defaults();

    private static MobileCapture capture(Instant at, GeoPoint where, String whereReason, boolean scanned,
                                         String scanReason, List<Evidence> evidence) {
        return new MobileCapture("dev-1", "rec-1", at, where, whereReason, scanned, scanReason, evidence);
    }

    private static MobileCapture good() {
        return capture(NOW.minusSeconds(600), new GeoPoint(34.5990, 119.1800, 12.0), null, true, null,
                List.of(new Evidence("PHOTO", HASH, NOW.minusSeconds(650), null)));
    }

    private static void refused(ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).code()).isEqualTo(code));
    }

    @Test
    void aRecordTakenOnSiteWithScanAndHashesPasses() {
        assertThatCode(() -> rules.check(good(), REGISTERED, NOW)).doesNotThrowAnyException();
        // an offline record synchronised a day later is fine
        assertThatCode(() -> rules.check(good(), REGISTERED, NOW.plusSeconds(86_400))).doesNotThrowAnyException();
    }

    @Test
    void aCaptureTimeInTheFutureIsRefusedBeyondTheClockTolerance() {
        refused(() -> rules.check(capture(NOW.plusSeconds(3600), REGISTERED, null, true, null, List.of()),
                REGISTERED, NOW), "CAPTURE_METADATA_INVALID");
        assertThatCode(() -> rules.check(capture(NOW.plusSeconds(60), REGISTERED, null, true, null, List.of()),
                REGISTERED, NOW)).doesNotThrowAnyException();
        refused(() -> rules.check(capture(NOW, REGISTERED, null, true, null,
                List.of(new Evidence("PHOTO", HASH, NOW.plusSeconds(3600), null))), REGISTERED, NOW),
                "CAPTURE_METADATA_INVALID");
    }

    @Test
    void aPositionFarFromTheRegisteredAddressNeedsAReason() {
        GeoPoint threeKmNorth = new GeoPoint(34.5960 + 0.027, 119.1790, 10.0);
        assertThat(threeKmNorth.distanceTo(REGISTERED)).isBetween(2900.0, 3100.0);
        refused(() -> rules.check(capture(NOW, threeKmNorth, null, true, null, List.of()), REGISTERED, NOW),
                "CAPTURE_METADATA_INVALID");
        assertThatCode(() -> rules.check(capture(NOW, threeKmNorth, "企业实际经营地址与登记地址不一致", true, null,
                List.of()), REGISTERED, NOW)).doesNotThrowAnyException();
        refused(() -> rules.check(capture(NOW, null, null, true, null, List.of()), REGISTERED, NOW),
                "CAPTURE_METADATA_INVALID");
        refused(() -> rules.check(capture(NOW, new GeoPoint(95, 119, null), null, true, null, List.of()), REGISTERED,
                NOW), "CAPTURE_METADATA_INVALID");
        // no registered position known: the distance cannot be checked
        assertThatCode(() -> rules.check(capture(NOW, threeKmNorth, null, true, null, List.of()), null, NOW))
                .doesNotThrowAnyException();
    }

    @Test
    void anUnscannedInspectionCodeNeedsAReason() {
        refused(() -> rules.check(capture(NOW, REGISTERED, null, false, " ", List.of()), REGISTERED, NOW),
                "INSPECTION_CODE_MISSING");
        assertThatCode(() -> rules.check(capture(NOW, REGISTERED, null, false, "企业未张贴行政检查码", List.of()),
                REGISTERED, NOW)).doesNotThrowAnyException();
    }

    @Test
    void evidenceNeedsDistinctSha256Hashes() {
        refused(() -> rules.check(capture(NOW, REGISTERED, null, true, null,
                List.of(new Evidence("PHOTO", "abc", NOW, null))), REGISTERED, NOW), "EVIDENCE_HASH_INVALID");
        refused(() -> rules.check(capture(NOW, REGISTERED, null, true, null,
                List.of(new Evidence("PHOTO", HASH, NOW, null), new Evidence("VIDEO", HASH.toUpperCase(), NOW, null))),
                REGISTERED, NOW), "EVIDENCE_HASH_INVALID");
    }

    @Test
    void aDeviceRecordIdIsRequired() {
        refused(() -> rules.check(new MobileCapture("dev", " ", NOW, REGISTERED, null, true, null, List.of()),
                REGISTERED, NOW), "DEVICE_RECORD_ID_REQUIRED");
    }
}
