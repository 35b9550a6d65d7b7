package cn.gov.lyg.enforcement.supervision.push;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.lyg.enforcement.events.inspection.InspectionResultPublicized;
import cn.gov.lyg.enforcement.events.supervision.CaseMilestoneRecorded;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Events become canonical records: ids, versions, tombstones for withdrawals, +08:00. */
class ProvincialRecordsTest {

    static final String HZ_MARKET = "11320706300200020C";
    static final OffsetDateTime UTC_TIME = OffsetDateTime.of(2025, 3, 3, 2, 0, 0, 0, ZoneOffset.UTC);

    static CaseMilestoneRecorded milestone(String milestone, long version, String outcome) {
        return new CaseMilestoneRecorded("e-" + milestone + version, UTC_TIME, HZ_MARKET + ":12", version, "320706",
                HZ_MARKET, "12", "PENALTY", milestone, LocalDate.of(2025, 3, 3), "海市监罚决〔2025〕12号",
                "DECIDED".equals(milestone) ? List.of("FINE") : null, "DECIDED".equals(milestone) ? "5000.00" : null,
                null, null, outcome, null);
    }

    @Test
    void aDecisionIsAVersionedRecordInBeijingTime() {
        ProvincialRecord r = ProvincialRecords.caseMilestone(milestone("DECIDED", 4, null)).orElseThrow();
        assertThat(r.dataset()).isEqualTo(Dataset.DECISION);
        assertThat(r.recordId()).isEqualTo("DECISION:" + HZ_MARKET + ":12");
        assertThat(r.version()).isEqualTo(4);
        assertThat(r.tombstone()).isFalse();
        assertThat(r.occurredAt().getOffset()).isEqualTo(ZoneOffset.ofHours(8));
        assertThat(r.occurredAt().toInstant()).isEqualTo(UTC_TIME.toInstant());
        assertThat(r.data()).containsEntry("penaltyKinds", List.of("FINE")).containsEntry("fineAmount", "5000.00");
        assertThat(r.idempotencyKey()).isEqualTo("DECISION:" + HZ_MARKET + ":12:4");
    }

    @Test
    void aWithdrawnPublicationIsATombstoneOfTheDisclosure() {
        ProvincialRecord published = ProvincialRecords.caseMilestone(milestone("PUBLISHED", 6, null)).orElseThrow();
        ProvincialRecord withdrawn = ProvincialRecords.caseMilestone(milestone("PUBLICATION_WITHDRAWN", 9, null))
                .orElseThrow();
        assertThat(published.dataset()).isEqualTo(Dataset.DISCLOSURE);
        assertThat(withdrawn.recordId()).isEqualTo(published.recordId());
        assertThat(withdrawn.tombstone()).isTrue();
        assertThat(withdrawn.version()).isGreaterThan(published.version());
    }

    @Test
    void aRevokedDecisionIsATombstoneAndAnUpheldOneChangesNothing() {
        assertThat(ProvincialRecords.caseMilestone(milestone("RECONSIDERATION_CONCLUDED", 11, "REVOKED")))
                .hasValueSatisfying(r -> {
                    assertThat(r.dataset()).isEqualTo(Dataset.DECISION);
                    assertThat(r.tombstone()).isTrue();
                });
        assertThat(ProvincialRecords.caseMilestone(milestone("LITIGATION_CONCLUDED", 12, "CONFIRMED_VOID")))
                .hasValueSatisfying(r -> assertThat(r.tombstone()).isTrue());
        assertThat(ProvincialRecords.caseMilestone(milestone("RECONSIDERATION_CONCLUDED", 11, "UPHELD"))).isEmpty();
        assertThat(ProvincialRecords.caseMilestone(milestone("FILED", 1, null))).isEmpty();
    }

    @Test
    void anInspectionResultCarriesNoCreditClass() {
        ProvincialRecord r = ProvincialRecords.inspection(new InspectionResultPublicized("e1", UTC_TIME, "i-1", 5,
                "320706", HZ_MARKET, "JC-2025-1", "91320706MA1XK7C38L", "DUAL_RANDOM", List.of("NO_PROBLEM"),
                LocalDate.of(2025, 3, 31), false));
        assertThat(r.recordId()).isEqualTo("INSPECTION:i-1");
        assertThat(r.data()).containsOnlyKeys("inspectionNo", "entityUscc", "kind", "resultCodes", "publicityDue",
                "publicizedLate");
        assertThat(new PushRules(cn.gov.lyg.enforcement.platform.identifier.RegionCodes.defaultCodes()).validate(r))
                .isEmpty();
    }
}
