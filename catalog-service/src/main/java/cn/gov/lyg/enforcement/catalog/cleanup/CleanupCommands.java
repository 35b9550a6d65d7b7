package cn.gov.lyg.enforcement.catalog.cleanup;

import cn.gov.lyg.enforcement.catalog.item.ItemDefinition;
import cn.gov.lyg.enforcement.events.vocabulary.StatusReason;
import com.fasterxml.jackson.annotation.JsonAlias;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** Request bodies of the clean-up batch endpoints. */
public final class CleanupCommands {

    private CleanupCommands() {
    }

    /** A new batch of changes for the caller's own agency. */
    public record Create(@NotBlank @Size(max = 2000) String reason,
                         @NotEmpty @Size(max = 500) List<@NotNull @Valid Change> changes) {
    }

    /**
     * One change: CANCEL / SUSPEND / ADJUST an item ({@code itemId}), or ADD a new one ({@code definition}); ADJUST
     * carries the new definition too. {@code basis} is the legal or policy basis of the change.
     */
    public record Change(@NotNull CleanupAction action, String itemId, @Valid ItemDefinition definition,
                         @NotNull StatusReason reason, @NotBlank @Size(max = 1000) String basis,
                         LocalDate effectiveDate, LocalDate until) {
    }

    /**
     * A review or approval decision: {@code approve} true/false, or {@code decision} APPROVE / REJECT (also
     * APPROVED, PASS, REJECTED); an explicit {@code /reject} needs neither.
     */
    public record Decision(Boolean approve, @Size(max = 50) String decision,
                           @Size(max = 2000) @JsonAlias({"comment", "reason"}) String opinion) {

        /** The decision as a boolean; null when neither field says. */
        public Boolean approved() {
            if (approve != null) {
                return approve;
            }
            if (decision == null) {
                return null;
            }
            return switch (decision.trim().toUpperCase()) {
                case "APPROVE", "APPROVED", "PASS", "PASSED", "ACCEPT" -> true;
                case "REJECT", "REJECTED", "DENY" -> false;
                default -> null;
            };
        }
    }
}
