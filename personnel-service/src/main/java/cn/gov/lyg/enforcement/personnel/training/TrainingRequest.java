package cn.gov.lyg.enforcement.personnel.training;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A completed training 培训记录 of an officer; the year is the year of {@code completedOn}. */
public record TrainingRequest(
        @NotBlank String officerId,
        @NotNull LocalDate completedOn,
        @NotNull TrainingCategory category,
        TrainingMode mode,
        @NotNull @DecimalMin("0.5") @DecimalMax("200") BigDecimal classHours,
        @Size(max = 100) String provider,
        @Size(max = 64) String certificateOfCompletion,
        Boolean rotationTraining) {

    public TrainingRequest {
        mode = mode == null ? TrainingMode.OFFLINE : mode;
        rotationTraining = Boolean.TRUE.equals(rotationTraining);
    }
}
