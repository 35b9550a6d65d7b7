package cn.gov.lyg.enforcement.supervision.caseregister;

import cn.gov.lyg.enforcement.events.vocabulary.CaseMilestone;
import cn.gov.lyg.enforcement.events.vocabulary.ItemType;
import cn.gov.lyg.enforcement.events.vocabulary.LegalReviewResult;
import cn.gov.lyg.enforcement.events.vocabulary.PenaltyKind;
import cn.gov.lyg.enforcement.events.vocabulary.RemedyOutcome;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Request bodies of {@code /cases}. */
public final class CaseCommands {

    private CaseCommands() {
    }

    public record AvActData(@NotBlank @Pattern(regexp = "^[A-Z][A-Z0-9_]{1,40}$") String act,
                            @NotNull Boolean avRecorded) {
    }

    /**
     * One milestone report. {@code agencyCode} is the reporting agency (checked against the caller), {@code caseNo}
     * the agency's case number; together with {@code milestone} they are the natural key.
     */
    public record Report(@NotBlank @Pattern(regexp = "^[0-9A-HJ-NPQRTUWXY]{18}$") String agencyCode,
                         @NotBlank @Size(max = 64) @Pattern(regexp = "^[^/\\\\\\s]+$") String caseNo,
                         @NotNull ItemType caseType,
                         @NotNull CaseMilestone milestone,
                         @NotNull LocalDate occurredOn,
                         @Size(max = 64) String decisionNo,
                         @Size(max = 13) List<@NotNull PenaltyKind> penaltyKinds,
                         BigDecimal fineAmount,
                         BigDecimal confiscationAmount,
                         @Size(max = 64) String benchmarkApplicationRef,
                         Boolean major,
                         LegalReviewResult reviewResult,
                         @Size(max = 64) String reviewerId,
                         RemedyOutcome outcome,
                         @Size(max = 20) String serviceMethod,
                         @Size(max = 500) String publicationUrl,
                         @Size(max = 20) List<@Valid AvActData> avActs,
                         @Size(max = 1000) String note) {
    }

    /**
     * A correction of a reported milestone: its full corrected content (as in a report) and the reason. The case and
     * the milestone are named by the path.
     */
    public record Correction(@NotBlank @Size(max = 1000) String reason,
                             @NotNull LocalDate occurredOn,
                             @Size(max = 64) String decisionNo,
                             @Size(max = 13) List<@NotNull PenaltyKind> penaltyKinds,
                             BigDecimal fineAmount,
                             BigDecimal confiscationAmount,
                             @Size(max = 64) String benchmarkApplicationRef,
                             Boolean major,
                             LegalReviewResult reviewResult,
                             @Size(max = 64) String reviewerId,
                             RemedyOutcome outcome,
                             @Size(max = 20) String serviceMethod,
                             @Size(max = 500) String publicationUrl,
                             @Size(max = 20) List<@Valid AvActData> avActs,
                             @Size(max = 1000) String note) {
    }
}
