package cn.gov.lyg.enforcement.supervision.supervisor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** Request bodies of {@code /special-supervisors}. */
public final class SupervisorCommands {

    private SupervisorCommands() {
    }

    public record Register(@NotBlank @Size(max = 50) String name,
                           @NotBlank @Size(max = 18) String idCardNo,
                           @NotBlank @Pattern(regexp = "^(NPC_DEPUTY|CPPCC_MEMBER|LAWYER|EXPERT|ENTERPRISE|MEDIA|"
                                   + "COMMUNITY|OTHER)$") String sector,
                           @NotBlank @Size(max = 100) String username,
                           @NotNull Boolean criminalRecord,
                           @NotNull Boolean administrativePenalty,
                           @NotNull Boolean disciplinarySanction,
                           @NotNull Boolean seriousDishonesty,
                           @NotNull Boolean stateOrganStaff,
                           @Size(max = 50) List<@Pattern(regexp = "^[0-9A-HJ-NPQRTUWXY]{18}$") String> conflicts) {
    }

    public record Appoint(LocalDate on) {
    }

    public record Reason(@Size(max = 500) String reason) {
    }

    public record Assign(@NotBlank @Pattern(regexp = "^(REVIEW_BATCH|CASE|INSPECTION|COMPLAINT)$") String kind,
                         @NotBlank @Size(max = 200) String ref,
                         @Pattern(regexp = "^[0-9A-HJ-NPQRTUWXY]{18}$") String agencyCode,
                         LocalDate from,
                         LocalDate to) {
    }
}
