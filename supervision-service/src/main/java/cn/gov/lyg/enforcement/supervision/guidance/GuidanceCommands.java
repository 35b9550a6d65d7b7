package cn.gov.lyg.enforcement.supervision.guidance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;

/** Request bodies of {@code /guidance-cases}. */
public final class GuidanceCommands {

    private GuidanceCommands() {
    }

    public record Select(@NotNull GuidanceKind kind, Lesson lesson, @NotBlank @Size(max = 300) String reviewId,
                         @NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 5000) String summary,
                         @Size(max = 20) List<@NotBlank @Size(max = 500) String> keyPoints, OffsetDateTime at) {
    }

    public record Decide(@NotNull Boolean approved, @Size(max = 2000) String note, OffsetDateTime at) {
    }

    public record Publish(@Size(max = 64) String publicationNo, OffsetDateTime at) {
    }

    public record Withdraw(@NotBlank @Size(max = 2000) String reason, OffsetDateTime at) {
    }
}
