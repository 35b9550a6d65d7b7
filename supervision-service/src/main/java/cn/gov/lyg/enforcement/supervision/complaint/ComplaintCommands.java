package cn.gov.lyg.enforcement.supervision.complaint;

import cn.gov.lyg.enforcement.events.vocabulary.ComplaintCategory;
import cn.gov.lyg.enforcement.events.vocabulary.ComplaintChannel;
import cn.gov.lyg.enforcement.events.vocabulary.ComplaintFinding;
import cn.gov.lyg.enforcement.events.vocabulary.ComplaintKind;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Request bodies of {@code /complaints}. {@code at}: when the act happened (default now; never in the future).
 * {@code respondentOfficerIds}: the officers complained about, by their platform user names; they are recused from
 * handling the complaint ({@link ComplaintAccess#recused}).
 */
public final class ComplaintCommands {

    private ComplaintCommands() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ComplainantData(@Size(max = 50) String name,
                                  @Pattern(regexp = "^[0-9+\\-]{5,20}$") String phone,
                                  boolean anonymous, boolean contactConsent, boolean disclosureConsent) {
    }

    public record Receive(@NotNull ComplaintChannel channel, ComplaintKind kind, @Size(max = 64) String externalOrderNo,
                          @NotNull Instant receivedAt, @Valid ComplainantData complainant,
                          @NotBlank @Pattern(regexp = "^[0-9A-HJ-NPQRTUWXY]{18}$") String respondentAgencyCode,
                          @Size(max = 20) List<@NotBlank String> respondentOfficerIds,
                          @Size(max = 64) String relatedCaseNo, @NotNull ComplaintCategory category,
                          @NotBlank @Size(max = 4000) String content) {
    }

    public record Route(@NotBlank @Pattern(regexp = "^[0-9A-HJ-NPQRTUWXY]{18}$") String toAgencyCode, Instant at) {
    }

    public record At(Instant at) {
    }

    public record WithReason(@NotBlank @Size(max = 1000) String reason, Instant at) {
    }

    public record Extend(@NotNull Integer workingDays, @NotBlank @Size(max = 1000) String reason,
                         @NotBlank @Size(max = 100) String approvedBy, Instant at) {
    }

    public record Conclude(@NotNull ComplaintFinding finding, @Size(max = 4000) String note, LocalDate rectificationDueOn,
                           Instant at) {
    }

    public record SubmitRectification(@NotBlank @Size(max = 4000) String report, Instant at) {
    }

    public record Verify(@NotNull Boolean ok, @Size(max = 1000) String note, LocalDate newDueOn, Instant at) {
    }

    public record Reply(@NotBlank @Size(max = 50) String method, Instant at) {
    }

    public record Close(@Min(1) @Max(5) Integer satisfaction, Instant at) {
    }

    public record Urge(@Size(max = 1000) String note, Instant at) {
    }
}
