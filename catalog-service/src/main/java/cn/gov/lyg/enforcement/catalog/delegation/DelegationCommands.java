package cn.gov.lyg.enforcement.catalog.delegation;

import cn.gov.lyg.enforcement.platform.identifier.ValidUscc;
import com.fasterxml.jackson.annotation.JsonAlias;
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

    public record Recall(@NotNull @JsonAlias({"effectiveDate", "effectiveTo"}) LocalDate recallDate,
                         @Size(max = 500) String reason,
                         @Size(max = 100) String decisionDocNo) {
    }

    public record NewCityList(@Size(max = 200) String title) {
    }

    public record PublishCityList(@NotBlank @Size(max = 100) String approvalDocNo) {
    }
}
