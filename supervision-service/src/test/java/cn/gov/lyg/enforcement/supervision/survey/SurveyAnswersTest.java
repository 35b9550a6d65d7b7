package cn.gov.lyg.enforcement.supervision.survey;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.lyg.enforcement.platform.security.DataScope;
import cn.gov.lyg.enforcement.platform.security.Role;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who may answer a survey (DOMAIN.md §2.5.6): the hotline only the 12345-callback surveys of its region. */
class SurveyAnswersTest {

    static final String HZ_MARKET = "11320706300200020C";

    static SatisfactionSurvey survey(String channel) {
        return SatisfactionSurvey.open(HZ_MARKET, "320706", "满意度", channel, LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31), 30);
    }

    static DataScope caller(String region, Role... roles) {
        return new DataScope("s", "u", "c", null, region, Set.of(roles));
    }

    @Test
    void theHotlineAnswersCallbackSurveysOfItsRegionOnly() {
        assertThat(SurveyService.answers(caller("320700", Role.HOTLINE), survey("HOTLINE_CALLBACK"))).isTrue();
        assertThat(SurveyService.answers(caller("320700", Role.HOTLINE), survey("SMS_LINK"))).isFalse();
        assertThat(SurveyService.answers(caller("320707", Role.HOTLINE), survey("HOTLINE_CALLBACK"))).isFalse();
    }

    @Test
    void systemsAndBureausAnswerAnySurveyOfTheirRegion() {
        assertThat(SurveyService.answers(caller("320700", Role.INTEGRATION), survey("SMS_LINK"))).isTrue();
        assertThat(SurveyService.answers(caller("320706", Role.SUPERVISOR_COUNTY), survey("ON_SITE_QR"))).isTrue();
        assertThat(SurveyService.answers(caller("320707", Role.SUPERVISOR_COUNTY), survey("SMS_LINK"))).isFalse();
    }
}
