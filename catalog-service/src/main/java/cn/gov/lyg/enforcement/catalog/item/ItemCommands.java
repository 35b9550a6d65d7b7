package cn.gov.lyg.enforcement.catalog.item;

import cn.gov.lyg.enforcement.events.vocabulary.StatusReason;
import com.fasterxml.jackson.annotation.JsonAlias;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Request bodies of the item life-cycle actions (dates are inclusive, 00:00 Asia/Shanghai: rule C6). */
public final class ItemCommands {

    private ItemCommands() {
    }

    /** A new version from {@code effectiveFrom} (default today); the item code stays. */
    public record Adjust(@Valid @NotNull ItemDefinition definition,
                         @JsonAlias({"effectiveDate", "validFrom"}) LocalDate effectiveFrom,
                         @JsonAlias("statusReason") StatusReason reason,
                         @Size(max = 500) String note) {
    }

    /** Suspension from {@code effectiveFrom} (default today) through {@code until} (open when absent). */
    public record Suspend(@NotNull @JsonAlias("statusReason") StatusReason reason, @Size(max = 500) String note,
                          @JsonAlias({"effectiveDate", "from"}) LocalDate effectiveFrom,
                          @JsonAlias({"suspendedUntil", "to"}) LocalDate until) {
    }

    /** Resumption from {@code effectiveFrom} (default today). */
    public record Resume(@JsonAlias("effectiveDate") LocalDate effectiveFrom, @Size(max = 500) String note) {
    }

    /** Cancellation from {@code effectiveDate} (default today), terminal. */
    public record Cancel(@NotNull @JsonAlias("statusReason") StatusReason reason,
                         @JsonAlias("effectiveFrom") LocalDate effectiveDate, @Size(max = 500) String note) {
    }
}
