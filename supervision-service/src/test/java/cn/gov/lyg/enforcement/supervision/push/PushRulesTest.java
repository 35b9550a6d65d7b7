package cn.gov.lyg.enforcement.supervision.push;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.lyg.enforcement.platform.identifier.RegionCodes;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Validation before sending (DOMAIN.md §2.6): identifiers, region list, +08:00, code lists, required fields. */
class PushRulesTest {

    static final String HZ_MARKET = "11320706300200020C";
    static final String ENTERPRISE = "91320706MA1XK7C38L";
    static final OffsetDateTime AT = OffsetDateTime.of(2025, 3, 3, 10, 0, 0, 0, ZoneOffset.ofHours(8));

    private final PushRules rules = new PushRules(RegionCodes.defaultCodes());

    static ProvincialRecord decision(Map<String, Object> overrides) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("caseNo", "海市监罚〔2025〕12号");
        data.put("caseType", "PENALTY");
        data.put("decisionNo", "海市监罚决〔2025〕12号");
        data.put("decidedOn", "2025-03-03");
        data.put("penaltyKinds", List.of("FINE", "CONFISCATE_ILLEGAL_GAINS"));
        data.put("fineAmount", "5000.00");
        data.put("confiscationAmount", "1200.50");
        data.putAll(overrides);
        return new ProvincialRecord(Dataset.DECISION, "DECISION:" + HZ_MARKET + ":12", 3, false, HZ_MARKET, "320706",
                AT, "e1", data);
    }

    private static List<String> codes(List<PushViolation> violations) {
        return violations.stream().map(PushViolation::toString).toList();
    }

    @Test
    void aCompleteDecisionIsValid() {
        assertThat(rules.validate(decision(Map.of()))).isEmpty();
    }

    @Test
    void theAgencyCodeMustPassItsCheckDigit() {
        ProvincialRecord r = decision(Map.of());
        ProvincialRecord broken = new ProvincialRecord(r.dataset(), r.recordId(), r.version(), false,
                "11320706300200020D", r.regionCode(), r.occurredAt(), null, r.data());
        assertThat(codes(rules.validate(broken))).singleElement().asString().startsWith("agencyCode: USCC_");
    }

    @Test
    void anUnknownRegionAndATimeOutsideBeijingAreRejected() {
        ProvincialRecord r = decision(Map.of());
        ProvincialRecord broken = new ProvincialRecord(r.dataset(), r.recordId(), r.version(), false, r.agencyCode(),
                "329999", AT.withOffsetSameInstant(ZoneOffset.UTC), null, r.data());
        assertThat(codes(rules.validate(broken))).containsExactlyInAnyOrder("regionCode: REGION_CODE_UNKNOWN",
                "occurredAt: TIME_OFFSET_NOT_BEIJING");
    }

    @Test
    void penaltyKindsComeFromTheCodeListAndAmountsHaveTwoDecimals() {
        assertThat(codes(rules.validate(decision(Map.of("penaltyKinds", List.of("FINE", "SPANKING"),
                "fineAmount", "5000", "confiscationAmount", "-1.00")))))
                .containsExactlyInAnyOrder("data.penaltyKinds: CODE_UNKNOWN", "data.fineAmount: AMOUNT_FORMAT",
                        "data.confiscationAmount: AMOUNT_FORMAT");
    }

    @Test
    void aPenaltyDecisionNeedsItsNumberDateAndKinds() {
        Map<String, Object> missing = new LinkedHashMap<>();
        missing.put("decisionNo", null);
        missing.put("decidedOn", "3 March");
        missing.put("penaltyKinds", List.of());
        assertThat(codes(rules.validate(decision(missing)))).containsExactlyInAnyOrder(
                "data.decisionNo: FIELD_REQUIRED", "data.decidedOn: DATE_FORMAT", "data.penaltyKinds: FIELD_REQUIRED");
    }

    @Test
    void aTombstoneNeedsOnlyItsIdentity() {
        ProvincialRecord tombstone = new ProvincialRecord(Dataset.DISCLOSURE, "DISCLOSURE:x", 7, true, HZ_MARKET,
                "320706", AT, null, Map.of("reason", "PUBLICATION_WITHDRAWN"));
        assertThat(rules.validate(tombstone)).isEmpty();
        ProvincialRecord notATombstone = new ProvincialRecord(Dataset.DISCLOSURE, "DISCLOSURE:x", 7, false,
                HZ_MARKET, "320706", AT, null, Map.of());
        assertThat(codes(rules.validate(notATombstone))).containsExactly("data.publishedOn: FIELD_REQUIRED");
    }

    @Test
    void inspectionResultsNeedAValidEnterpriseCodeAKnownKindAndResults() {
        ProvincialRecord r = new ProvincialRecord(Dataset.INSPECTION_RESULT, "INSPECTION:i1", 4, false, HZ_MARKET,
                "320706", AT, null, Map.of("inspectionNo", "JC-1", "entityUscc", "not-a-code", "kind", "PATROL",
                "resultCodes", List.of()));
        assertThat(codes(rules.validate(r))).contains("data.kind: CODE_UNKNOWN", "data.resultCodes: FIELD_REQUIRED")
                .anyMatch(c -> c.startsWith("data.entityUscc: USCC_"));
    }

    @Test
    void certificatesNeedANumberAndAKnownStatus() {
        ProvincialRecord r = new ProvincialRecord(Dataset.CERTIFICATE_STATUS, "CERTIFICATE:c1", 2, false, HZ_MARKET,
                "320706", AT, null, Map.of("status", "SLEEPING", "validTo", "2030-01-01"));
        assertThat(codes(rules.validate(r))).containsExactlyInAnyOrder("data.certificateNo: FIELD_REQUIRED",
                "data.status: CODE_UNKNOWN");
    }

    @Test
    void catalogItemsMayHaveNoAgencyButTheirImplementingAgenciesMustBeValid() {
        ProvincialRecord r = new ProvincialRecord(Dataset.CATALOG_ITEM, "ITEM:i1", 1, false, null, "320700", AT, null,
                Map.of("itemCode", "LYG-PEN-0001", "name", "对未取得食品生产许可从事食品生产的处罚", "itemType", "PENALTY",
                        "implementingAgencyCodes", List.of(HZ_MARKET, "123")));
        assertThat(codes(rules.validate(r))).singleElement().asString().startsWith("data.implementingAgencyCodes: ");
    }

    @Test
    void annualStatisticsNeedAYearAndNonNegativeTables() {
        ProvincialRecord ok = ProvincialRecord.annualStatistics("r1", 2, HZ_MARKET, "320706", 2025, "SUBMITTED", AT,
                Map.of("penalties", Map.of("FINE", 12, "total", 12, "amountTenThousandYuan", "3.40")));
        assertThat(rules.validate(ok)).isEmpty();
        ProvincialRecord bad = ProvincialRecord.annualStatistics("r1", 2, HZ_MARKET, "320706", 1899, "SUBMITTED", AT,
                Map.of("penalties", Map.of("FINE", -1)));
        assertThat(codes(rules.validate(bad))).containsExactlyInAnyOrder("data.year: FIELD_RANGE",
                "data.tables: COUNT_NEGATIVE");
    }
}
