package cn.gov.lyg.enforcement.supervision.statistics;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** Request bodies of {@code /statistics}. */
public final class StatisticsCommands {

    private StatisticsCommands() {
    }

    /** Computes (or recomputes) an agency's report of a year; the agency defaults to the caller's. */
    public record Compute(@Pattern(regexp = "^[0-9A-HJ-NPQRTUWXY]{18}$") String agencyCode,
                          @NotNull @Min(2000) @Max(2100) Integer year) {
    }

    /** A manual value: {@code value} for a count cell, {@code amountWan} for FINES_AND_CONFISCATIONS. */
    public record ManualValue(@NotBlank @Size(max = 60) String cell, Long value, BigDecimal amountWan,
                              @NotBlank @Size(max = 500) String reason) {
    }

    public record Validate(@Size(max = 5000) String narrative) {
    }

    public record Submit(OffsetDateTime at) {
    }

    public record Publish(@Size(max = 500) @Pattern(regexp = "^https?://\\S+$") String url, OffsetDateTime at) {
    }
}
