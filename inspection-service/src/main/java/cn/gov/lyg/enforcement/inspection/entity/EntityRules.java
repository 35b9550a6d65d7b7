package cn.gov.lyg.enforcement.inspection.entity;

import cn.gov.lyg.enforcement.inspection.shared.RuleViolation;
import cn.gov.lyg.enforcement.platform.identifier.LegacyCreditCodes;
import cn.gov.lyg.enforcement.platform.identifier.RegionCodes;
import cn.gov.lyg.enforcement.platform.identifier.RegionValidation;
import cn.gov.lyg.enforcement.platform.identifier.UnifiedSocialCreditCode;
import cn.gov.lyg.enforcement.platform.identifier.UsccValidation;
import java.util.regex.Pattern;

/**
 * Input rules of the inspected-entity directory (DOMAIN.md §2.0.1, §2.3.2, AS-23, AS-24):
 * <ul>
 *   <li>credit code: GB 32100 ({@code USCC_LENGTH}, {@code USCC_FORMAT}, {@code USCC_CHECKSUM}); a code failing the
 *       checksum is accepted only when on the legacy whitelist, and flagged {@code legacyCode};</li>
 *   <li>region: a current Lianyungang code ({@code REGION_FORMAT}, {@code REGION_UNKNOWN},
 *       {@code REGION_OUT_OF_SCOPE}, {@code REGION_OBSOLETE});</li>
 *   <li>township: 9 digits beginning with the region code ({@code TOWNSHIP_CODE_INVALID});</li>
 *   <li>industry: a GB/T 4754 code, a section letter and 2–4 digits ({@code INDUSTRY_CODE_INVALID});</li>
 *   <li>position: a valid latitude/longitude pair, or none ({@code LOCATION_INVALID}).</li>
 * </ul>
 */
public final class EntityRules {

    /** Lianyungang data only. */
    public static final String REGION_PREFIX = "3207";
    private static final Pattern TOWNSHIP = Pattern.compile("^\\d{9}$");
    private static final Pattern INDUSTRY = Pattern.compile("^[A-T](\\d{2,4})?$");

    private final RegionCodes regions;
    private final LegacyCreditCodes legacy;

    public EntityRules(RegionCodes regions, LegacyCreditCodes legacy) {
        this.regions = regions;
        this.legacy = legacy;
    }

    /** The accepted, normalised code. */
    public UnifiedSocialCreditCode creditCode(String raw) {
        UsccValidation v = UnifiedSocialCreditCode.validate(raw, legacy);
        return v.parsed().orElseThrow(() -> RuleViolation.invalid(v.status().code()).with("field", "uscc"));
    }

    public void region(String code) {
        RegionValidation v = regions.validateForNewRecord(code, REGION_PREFIX);
        if (!v.accepted()) {
            throw RuleViolation.invalid(v.status().code()).with("field", "regionCode");
        }
    }

    public void township(String townshipCode, String regionCode) {
        if (townshipCode != null && (!TOWNSHIP.matcher(townshipCode).matches()
                || !townshipCode.startsWith(regionCode))) {
            throw RuleViolation.invalid("TOWNSHIP_CODE_INVALID").with("field", "townshipCode");
        }
    }

    public void industry(String industryCode) {
        if (industryCode != null && !INDUSTRY.matcher(industryCode).matches()) {
            throw RuleViolation.invalid("INDUSTRY_CODE_INVALID").with("field", "industryCode");
        }
    }

    public void location(Double latitude, Double longitude) {
        if ((latitude == null) != (longitude == null)) {
            throw RuleViolation.invalid("LOCATION_INVALID").with("field", "latitude");
        }
        if (latitude != null && (!Double.isFinite(latitude) || !Double.isFinite(longitude) || Math.abs(latitude) > 90
                || Math.abs(longitude) > 180)) {
            throw RuleViolation.invalid("LOCATION_INVALID").with("field", "latitude");
        }
    }

    /** Every rule of a full entry; returns the normalised credit code. */
    public UnifiedSocialCreditCode check(EntityData data) {
        UnifiedSocialCreditCode code = creditCode(data.uscc());
        if (data.name() == null || data.name().isBlank() || data.name().length() > 200) {
            throw RuleViolation.invalid("ENTITY_NAME_REQUIRED").with("field", "name");
        }
        if (data.entityType() == null) {
            throw RuleViolation.invalid("ENTITY_TYPE_REQUIRED").with("field", "entityType");
        }
        region(data.regionCode());
        township(data.townshipCode(), data.regionCode());
        industry(data.industryCode());
        location(data.latitude(), data.longitude());
        return code;
    }
}
