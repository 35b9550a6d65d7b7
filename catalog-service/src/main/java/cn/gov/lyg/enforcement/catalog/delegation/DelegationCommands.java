package cn.gov.lyg.enforcement.catalog.delegation;

import cn.gov.lyg.enforcement.platform.identifier.ValidUscc;
import com.fasterxml.jackson.annotation.JsonAlias;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Request bodies of the delegation and city-list endpoints. */
public final class DelegationCommands {

    private DelegationCommands() {
    }

    /**
     * Proposes a delegation (grant). {@code fromAgencyCode} may be left out: the county department implementing the
     * item in the township's county is taken. {@code decisionDocNo} is the published decision (C2).
     */
    public record Grant(@NotBlank String itemId,
                        @NotBlank @ValidUscc @JsonAlias({"townshipCode", "toTownshipAgencyCode", "toAgencyCode"})
                        String townshipAgencyCode,
                        @ValidUscc @JsonAlias({"fromAgency", "departmentAgencyCode"}) String fromAgencyCode,
                        @NotBlank @Size(max = 100) @JsonAlias({"decisionDocumentNo", "decisionNo"})
                        String decisionDocNo,
                        String cityListId,
                        LocalDate effectiveFrom,
                        @Min(1) @Max(60) Integer evaluationCycleMonths) {
    }

    public record Publish(LocalDate effectiveFrom, LocalDate effectiveTo) {
    }

    public record Evaluate(LocalDate evaluatedOn, @NotNull EvaluationResult result, @Size(max = 2000) String opinion) {
    }

    /**
     * Recalls a delegation. {@code recallDate} is the township's LAST day: cases filed on or before it stay with the
     * township, cases filed from the next day on go back to the department (a recall "effective 1 August" is sent as
     * {@code recallDate: 31 July}). There is deliberately no other name for it: {@code effectiveDate} or
     * {@code effectiveTo} would be read as the first day of the recall by some callers and as the last day of the
     * delegation by others, so they are refused as unknown fields.
     */
    public record Recall(@NotNull @Schema(description = "The township's last day (inclusive): cases filed on or "
                                 + "before it stay with the township, later ones go back to the department. A recall "
                                 + "taking effect on 1 August is sent as 31 July. No other field name is accepted.",
                                 example = "2025-07-31", requiredMode = Schema.RequiredMode.REQUIRED)
                         LocalDate recallDate,
                         @Size(max = 500) String reason,
                         @Size(max = 100) String decisionDocNo) {
    }

    public record NewCityList(@Size(max = 200) String title) {
    }

    public record PublishCityList(@NotBlank @Size(max = 100) String approvalDocNo) {
    }
}
