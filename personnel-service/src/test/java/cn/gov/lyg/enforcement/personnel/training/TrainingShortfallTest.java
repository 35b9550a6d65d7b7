package cn.gov.lyg.enforcement.personnel.training;

import static cn.gov.lyg.enforcement.personnel.Fixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.lyg.enforcement.events.EventSchemas;
import cn.gov.lyg.enforcement.events.personnel.TrainingShortfallDetected;
import cn.gov.lyg.enforcement.personnel.Fixtures;
import cn.gov.lyg.enforcement.personnel.officer.Officer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** P7 training shortfall: the rule and the once-per-officer-year aggregate. */
class TrainingShortfallTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    final Officer officer = Fixtures.officer();

    @Test
    void aShortfallIsFewerHoursThanRequired() {
        assertThat(TrainingShortfallRules.isShortfall(new BigDecimal("58"), 60)).isTrue();
        assertThat(TrainingShortfallRules.isShortfall(new BigDecimal("59.5"), 60)).isTrue();
        assertThat(TrainingShortfallRules.isShortfall(new BigDecimal("60"), 60)).isFalse();
        assertThat(TrainingShortfallRules.isShortfall(new BigDecimal("60.0"), 60)).isFalse();
        assertThat(TrainingShortfallRules.isShortfall(new BigDecimal("72"), 60)).isFalse();
        assertThat(TrainingShortfallRules.isShortfall(null, 60)).as("no record is 0 hours").isTrue();
        assertThat(TrainingShortfallRules.isShortfall(new BigDecimal("70"), 80)).as("configurable").isTrue();
    }

    @Test
    void theRequirementBindsCertifiedOfficersOnDutyFromTheYearAfterIssue() {
        assertThat(TrainingShortfallRules.subjectTo(2024, true, LocalDate.of(2021, 7, 1))).isTrue();
        assertThat(TrainingShortfallRules.subjectTo(2024, true, LocalDate.of(2023, 12, 31))).isTrue();
        assertThat(TrainingShortfallRules.subjectTo(2024, true, LocalDate.of(2024, 1, 1)))
                .as("the year of issue is exempt").isFalse();
        assertThat(TrainingShortfallRules.subjectTo(2024, true, null)).as("no certificate held").isFalse();
        assertThat(TrainingShortfallRules.subjectTo(2024, false, LocalDate.of(2021, 7, 1)))
                .as("off the enforcement post at year end").isFalse();
    }

    @Test
    void onlyFinishedYearsAreChecked() {
        LocalDate today = LocalDate.of(2025, 3, 1);
        assertThat(TrainingShortfallRules.checkableYear(2024, today)).isTrue();
        assertThat(TrainingShortfallRules.checkableYear(2000, today)).isTrue();
        assertThat(TrainingShortfallRules.checkableYear(2025, today)).isFalse();
        assertThat(TrainingShortfallRules.checkableYear(2026, today)).isFalse();
        assertThat(TrainingShortfallRules.checkableYear(1999, today)).isFalse();
    }

    @Test
    void theFirstDetectionRaisesOneSchemaValidEvent() {
        OfficerTrainingYear year = OfficerTrainingYear.of(officer.getId(), officer.getAgencyCode(),
                officer.getRegionCode(), 2024);
        assertThat(year.getId()).isEqualTo(officer.getId() + ":2024");
        assertThat(year.detectShortfall(new BigDecimal("58.0"), 60, OfficerTrainingYear.SOURCE_JOB, "system", CLOCK))
                .isTrue();
        assertThat(year.shortfallDetected()).isTrue();
        assertThat(year.pendingEvents()).singleElement().isInstanceOfSatisfying(TrainingShortfallDetected.class,
                e -> {
                    assertThat(e.aggregateId()).isEqualTo(officer.getId() + ":2024");
                    assertThat(e.officerId()).isEqualTo(officer.getId());
                    assertThat(e.agencyCode()).isEqualTo(Fixtures.HZ_MARKET);
                    assertThat(e.regionCode()).isEqualTo("320706");
                    assertThat(e.year()).isEqualTo(2024);
                    assertThat(e.recordedHours()).isEqualByComparingTo("58");
                    assertThat(e.requiredHours()).isEqualTo(60);
                    assertThat(e.detectedAt()).isEqualTo(e.occurredAt());
                    assertThat(e.source()).isEqualTo("JOB");
                    assertThat(EventSchemas.validate(TrainingShortfallDetected.class, JSON.valueToTree(e))).isEmpty();
                });
        assertThat(year.pendingAudit()).singleElement()
                .satisfies(a -> assertThat(a.action()).isEqualTo("TRAINING_SHORTFALL_DETECTED"));
    }

    @Test
    void aSecondDetectionOfTheSameYearIsANoOpEvenAfterTheHoursRecovered() {
        OfficerTrainingYear year = OfficerTrainingYear.of(officer.getId(), officer.getAgencyCode(),
                officer.getRegionCode(), 2024);
        year.detectShortfall(new BigDecimal("40"), 60, OfficerTrainingYear.SOURCE_ANNUAL_REVIEW, "hz-supervisor",
                CLOCK);
        year.appendToOutbox(List.of());
        assertThat(year.detectShortfall(new BigDecimal("40"), 60, OfficerTrainingYear.SOURCE_JOB, "system", CLOCK))
                .isFalse();
        assertThat(year.detectShortfall(new BigDecimal("30"), 60, OfficerTrainingYear.SOURCE_JOB, "system", CLOCK))
                .isFalse();
        assertThat(year.pendingEvents()).isEmpty();
        assertThat(year.getRecordedHours()).isEqualByComparingTo("40");
        assertThat(year.getSource()).isEqualTo("ANNUAL_REVIEW");
    }

    @Test
    void enoughHoursDetectNothing() {
        OfficerTrainingYear year = OfficerTrainingYear.of(officer.getId(), officer.getAgencyCode(),
                officer.getRegionCode(), 2024);
        assertThat(year.detectShortfall(new BigDecimal("60"), 60, OfficerTrainingYear.SOURCE_JOB, "system", CLOCK))
                .isFalse();
        assertThat(year.shortfallDetected()).isFalse();
        assertThat(year.pendingEvents()).isEmpty();
    }
}
