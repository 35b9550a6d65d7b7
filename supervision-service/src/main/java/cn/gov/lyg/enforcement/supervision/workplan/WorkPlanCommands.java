package cn.gov.lyg.enforcement.supervision.workplan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** Request bodies of {@code /work-plans}. */
public final class WorkPlanCommands {

    private WorkPlanCommands() {
    }

    public record Item(@NotNull WorkPlanItem.Category category, @NotBlank @Size(max = 200) String title,
                       @Size(max = 2000) String description, @NotNull LocalDate dueOn, @Size(max = 200) String lead) {

        WorkPlanItem toItem() {
            return new WorkPlanItem(0, category, title, description, dueOn, lead, false, null, null);
        }
    }

    public record Content(@NotBlank @Size(max = 200) String title,
                          @NotEmpty @Size(max = 200) List<@Valid @NotNull Item> items) {
    }

    public record Create(@NotNull @Min(2000) @Max(2100) Integer year, @NotNull @Valid Content content) {
    }

    public record At(OffsetDateTime at) {
    }

    public record Decide(@NotNull Boolean approved, @Size(max = 2000) String note, OffsetDateTime at) {
    }

    public record Progress(@NotNull Boolean done, @Size(max = 2000) String note, OffsetDateTime at) {
    }
}
