package cn.gov.lyg.enforcement.personnel.training;

import cn.gov.lyg.enforcement.platform.security.policy.AgencyAdminsOnly;
import cn.gov.lyg.enforcement.platform.security.policy.Authenticated;
import cn.gov.lyg.enforcement.platform.web.PageResponse;
import cn.gov.lyg.enforcement.platform.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/personnel/v1/training-records} and the training report (P7, 全员轮训). */
@RestController
@Tag(name = "training", description = "培训记录 training records")
public class TrainingController {

    private static final Set<String> SORTABLE = Set.of("completedOn", "year", "classHours");
    private final TrainingService training;

    public TrainingController(TrainingService training) {
        this.training = training;
    }

    @PostMapping("/api/personnel/v1/training-records")
    @AgencyAdminsOnly
    @Operation(summary = "Record a completed training of an officer (the officer's agency admin)")
    public ResponseEntity<View> record(@Valid @RequestBody TrainingRequest request) {
        TrainingRecord r = training.record(request);
        return ResponseEntity.created(URI.create("/api/personnel/v1/training-records/" + r.getId())).body(View.of(r));
    }

    @GetMapping("/api/personnel/v1/training-records")
    @Authenticated
    @Operation(summary = "Training records in the caller's scope (paged)")
    public PageResponse<View> search(@RequestParam(required = false) String officerId,
                                     @RequestParam(required = false) Integer year,
                                     @RequestParam(required = false) Integer page,
                                     @RequestParam(required = false) Integer size,
                                     @RequestParam(required = false) List<String> sort) {
        var pageable = Paging.of(page, size, sort, SORTABLE, Sort.by("completedOn"));
        return PageResponse.of(training.search(officerId, year, pageable), View::of);
    }

    @GetMapping("/api/personnel/v1/training-records/summary")
    @Authenticated
    @Operation(summary = "An officer's hours in a year against the requirement (default 60 h)")
    public TrainingSummary summary(@RequestParam String officerId, @RequestParam(required = false) Integer year) {
        return training.summary(officerId, year);
    }

    @GetMapping("/api/personnel/v1/reports/training")
    @Authenticated
    @Operation(summary = "Per agency: officers meeting the hour requirement and full-rotation training rate")
    public TrainingService.AgencyTrainingReport report(@RequestParam String agencyCode,
                                                       @RequestParam(required = false) Integer year) {
        return training.agencyReport(agencyCode, year);
    }

    /** A training record as the API shows it. */
    public record View(String id, String officerId, String agencyCode, int year, LocalDate completedOn,
                       TrainingCategory category, String categoryName, TrainingMode mode, BigDecimal classHours,
                       String provider, String certificateOfCompletion, boolean rotationTraining) {

        static View of(TrainingRecord r) {
            return new View(r.getId(), r.getOfficerId(), r.getAgencyCode(), r.getYear(), r.getCompletedOn(),
                    r.getCategory(), r.getCategory().displayName(), r.getMode(), r.getClassHours(), r.getProvider(),
                    r.getCertificateOfCompletion(), r.isRotationTraining());
        }
    }
}
