package cn.gov.lyg.enforcement.supervision.review;

import cn.gov.lyg.enforcement.events.vocabulary.ItemType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/** Request bodies of {@code /review-batches} and {@code /reviews}. */
public final class ReviewCommands {

    private ReviewCommands() {
    }

    /** The sampling: mode, a count or a ratio, the seed (drawn at random and recorded when absent), manual ids. */
    public record Sampling(@NotNull SamplingMode mode, @Min(1) @Max(100000) Integer count, BigDecimal ratio, Long seed,
                           @Size(max = 5000) List<@NotBlank String> manualCaseIds) {
    }

    /** A new batch: the region (default the caller's), case types, closing-date window and template version. */
    public record CreateBatch(@NotBlank @Size(max = 200) String name, @NotNull @Min(2000) @Max(2100) Integer year,
                              @Pattern(regexp = "^\\d{6}$") String regionCode,
                              @NotEmpty Set<@NotNull ItemType> caseTypes, @NotNull LocalDate closedFrom,
                              @NotNull LocalDate closedTo,
                              @Pattern(regexp = "^[A-Z0-9][A-Z0-9_-]{1,31}$") String templateId,
                              @Min(1) Integer templateVersion, @NotNull @Valid Sampling sampling) {
    }

    /** A reviewer: the user name (Keycloak {@code preferred_username}) and agency (null for special supervisors). */
    public record ReviewerData(@NotBlank @Size(max = 64) String reviewerId,
                               @Pattern(regexp = "^[0-9A-HJ-NPQRTUWXY]{18}$") String agencyCode) {
    }

    /** Reviewers chosen by hand for one sampled file (from the pool). */
    public record FileAssignment(@NotBlank String caseId, @NotEmpty @Size(max = 10) List<@NotBlank String> reviewerIds) {
    }

    /**
     * The reviewer pool; each sampled file gets {@code perFile} reviewers of the pool in turn, skipping those of the
     * file's agency (recusal), unless {@code files} names them.
     */
    public record Assign(@NotEmpty @Size(max = 200) List<@Valid @NotNull ReviewerData> reviewers,
                         @Min(2) @Max(10) Integer perFile, @Size(max = 5000) List<@Valid @NotNull FileAssignment> files) {
    }

    public record At(OffsetDateTime at) {
    }

    public record FindingData(@NotBlank @Size(max = 16) String itemCode, @Min(1) @Max(1000) Integer occurrences,
                              @Size(max = 1000) String note, @Size(max = 32) String evidencePage) {
    }

    /** A reviewer's scoring of a file: findings against template items, the problems found, when. */
    public record Score(@NotNull @Size(max = 300) List<@Valid @NotNull FindingData> findings,
                        @Size(max = 50) List<@NotBlank @Size(max = 1000) String> problems, OffsetDateTime at) {
    }

    public record Rectify(@NotBlank @Size(max = 5000) String report, OffsetDateTime at) {
    }

    public record VerifyRectification(@NotNull Boolean ok, @Size(max = 2000) String note, LocalDate newDueOn,
                                      OffsetDateTime at) {
    }
}
