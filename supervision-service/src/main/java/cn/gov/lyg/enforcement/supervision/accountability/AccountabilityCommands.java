package cn.gov.lyg.enforcement.supervision.accountability;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** Request bodies of {@code /accountability}. */
public final class AccountabilityCommands {

    private AccountabilityCommands() {
    }

    /** A case opened by a judicial bureau (a supervision finding, or a trigger the platform did not see). */
    public record Open(@NotNull AccountabilityTrigger trigger,
                       @NotBlank @Size(max = 200) String triggerRef,
                       @NotBlank @Pattern(regexp = "^[0-9A-HJ-NPQRTUWXY]{18}$") String agencyCode,
                       @Size(max = 64) String caseNo,
                       @NotBlank @Size(max = 500) String summary,
                       LocalDate violationOn,
                       LocalDate openedOn) {
    }

    public record RespondentData(@NotBlank String officerId,
                                 @NotBlank @Pattern(regexp = "^(HANDLING_OFFICER|APPROVER|LEGAL_REVIEWER|OTHER)$")
                                 String role,
                                 @Size(max = 64) String certificateId,
                                 @Size(max = 50) String name) {
    }

    public record Respondents(@NotEmpty @Size(max = 50) List<@Valid RespondentData> respondents) {
    }

    public record Extend(@NotBlank @Size(max = 500) String reason) {
    }

    public record OutcomeData(@NotBlank String officerId,
                              @NotNull LiabilityOutcome outcome,
                              @Pattern(regexp = "^(INTENTIONAL|GROSS_NEGLIGENCE)$") String faultType,
                              LocalDate suspendedUntil,
                              @Size(max = 500) String reason) {
    }

    public record Decide(@NotBlank @Size(max = 64) String decisionRef,
                         LocalDate decidedOn,
                         @NotEmpty @Size(max = 50) List<@Valid OutcomeData> outcomes) {
    }

    public record AppealData(@NotBlank String officerId, LocalDate filedOn, @NotBlank @Size(max = 1000) String grounds) {
    }

    public record AppealDecision(@NotNull Boolean upheld, LocalDate decidedOn, @Size(max = 1000) String note) {
    }
}
