package cn.gov.lyg.enforcement.supervision.survey;

import cn.gov.lyg.enforcement.platform.identifier.ValidUscc;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;

/** Request bodies of {@code /surveys} and {@code /revisits}. */
public final class SurveyCommands {

    private SurveyCommands() {
    }

    public record OpenSurvey(@NotBlank @Pattern(regexp = "^[0-9A-HJ-NPQRTUWXY]{18}$") String agencyCode,
                             @NotBlank @Size(max = 200) String title,
                             @NotBlank @Pattern(regexp = "^(SMS_LINK|HOTLINE_CALLBACK|ON_SITE_QR|OTHER)$")
                             String channel,
                             @NotNull LocalDate periodFrom,
                             @NotNull LocalDate periodTo,
                             @Min(1) @Max(10000) Integer minimumSample) {
    }

    /** One answer; {@code responseId} makes a resend harmless; {@code respondentRef} is hashed, never stored. */
    public record Respond(@NotBlank @Size(max = 64) String responseId,
                          @NotBlank @Pattern(regexp = "^(ENTERPRISE|CITIZEN)$") String respondentKind,
                          @Size(max = 64) String respondentRef,
                          Map<String, Integer> scores,
                          @NotNull Integer overall,
                          LocalDate respondedOn) {
    }

    public record PlanRevisit(@NotBlank @Pattern(regexp = "^[0-9A-HJ-NPQRTUWXY]{18}$") String agencyCode,
                              @NotBlank @ValidUscc String uscc,
                              @Size(max = 200) String enterpriseName,
                              @NotBlank @Pattern(regexp = "^(CASE|INSPECTION)$") String sourceKind,
                              @NotBlank @Size(max = 100) String sourceRef,
                              @NotNull LocalDate closedOn) {
    }

    public record RecordRevisit(LocalDate revisitedOn,
                                @NotBlank @Pattern(regexp = "^(RECTIFIED|IN_PROGRESS|NOT_RECTIFIED|NOT_APPLICABLE)$")
                                String rectificationStatus,
                                @Size(max = 2000) String economicImpact,
                                @Size(max = 2000) String conductOpinion,
                                @Size(max = 2000) String guidanceNeeds,
                                Integer satisfaction) {
    }
}
