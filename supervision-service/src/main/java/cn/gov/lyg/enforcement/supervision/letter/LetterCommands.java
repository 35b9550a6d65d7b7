package cn.gov.lyg.enforcement.supervision.letter;

import cn.gov.lyg.enforcement.events.vocabulary.EscalationMeasure;
import cn.gov.lyg.enforcement.events.vocabulary.SupervisionLetterType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Request bodies of {@code /letters}. */
public final class LetterCommands {

    private LetterCommands() {
    }

    public record Draft(@NotNull SupervisionLetterType type, @Size(max = 64) String letterNo,
                        @NotBlank @Pattern(regexp = "^[0-9A-HJ-NPQRTUWXY]{18}$") String targetAgencyCode,
                        @Pattern(regexp = "^(COMPLAINT|REVIEW|STATISTICS|SPECIAL_INSPECTION|THREE_SYSTEMS|OTHER)$")
                        String basisKind,
                        @Size(max = 100) String basisRef,
                        @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 500) String> problems,
                        @Size(max = 4000) String requiredActions, Integer rectificationDays) {
    }

    public record At(Instant at) {
    }

    public record Respond(@NotBlank @Size(max = 8000) String report, @Size(max = 50) List<@NotBlank String> evidence,
                          Instant at) {
    }

    public record Verify(@NotNull Boolean ok, @Size(max = 1000) String note, LocalDate newDueOn, Instant at) {
    }

    public record Escalate(@NotNull EscalationMeasure measure, @Size(max = 1000) String note) {
    }
}
