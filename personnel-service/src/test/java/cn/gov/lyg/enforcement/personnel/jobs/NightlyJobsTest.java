package cn.gov.lyg.enforcement.personnel.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.lyg.enforcement.personnel.certificate.ReviewSchedule;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NightlyJobsTest {

    @Test
    void lastYearsTrainingIsCheckedNightlyOnceItsReviewDeadlinePassed() {
        ReviewSchedule schedule = ReviewSchedule.defaults();
        assertThat(NightlyJobs.trainingShortfallDue(LocalDate.of(2025, 1, 15), schedule)).isFalse();
        assertThat(NightlyJobs.trainingShortfallDue(LocalDate.of(2025, 3, 31), schedule)).isFalse();
        assertThat(NightlyJobs.trainingShortfallDue(LocalDate.of(2025, 4, 1), schedule)).isTrue();
        assertThat(NightlyJobs.trainingShortfallDue(LocalDate.of(2025, 12, 31), schedule)).isTrue();
    }
}
