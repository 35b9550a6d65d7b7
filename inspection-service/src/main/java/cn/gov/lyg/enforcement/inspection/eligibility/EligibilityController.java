package cn.gov.lyg.enforcement.inspection.eligibility;

import cn.gov.lyg.enforcement.inspection.team.OfficerVerdict;
import cn.gov.lyg.enforcement.platform.identifier.CitizenIdNumber;
import cn.gov.lyg.enforcement.platform.identifier.InvalidIdentifierException;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import cn.gov.lyg.enforcement.platform.security.CurrentScope;
import cn.gov.lyg.enforcement.platform.security.DataScope;
import cn.gov.lyg.enforcement.platform.security.Role;
import cn.gov.lyg.enforcement.platform.security.policy.CitySupervisorsOrSystems;
import cn.gov.lyg.enforcement.platform.security.policy.InspectorDirectoryReaders;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/inspections/v1/inspectors}: the inspector directory as this service sees it (the projection's verdict,
 * same reasons as personnel's eligibility endpoint), and the projection's rebuild.
 */
@RestController
@RequestMapping("/api/inspections/v1")
@Tag(name = "inspectors", description = "执法检查人员名录库 (projection of personnel's events)")
public class EligibilityController {

    private final EligibilityService eligibility;
    private final PersonnelEventConsumer consumer;
    private final Clock clock;

    public EligibilityController(EligibilityService eligibility, PersonnelEventConsumer consumer, Clock clock) {
        this.eligibility = eligibility;
        this.consumer = consumer;
        this.clock = clock;
    }

    @GetMapping("/inspectors/{officerId}/eligibility")
    @InspectorDirectoryReaders
    @Operation(summary = "Whether the officer may inspect on a date, in a domain and region (projection verdict)")
    public OfficerVerdict verdict(@PathVariable String officerId, @RequestParam(required = false) LocalDate date,
                                  @RequestParam(required = false) Set<String> domain,
                                  @RequestParam(required = false) String region) {
        OfficerVerdict v = eligibility.officer(officerId, date == null ? LocalDate.now(clock) : date,
                domain == null ? Set.of() : domain, region);
        requireVisible(v);
        return v;
    }

    @PostMapping("/inspectors/{officerId}/recusal-check")
    @InspectorDirectoryReaders
    @Operation(summary = "Whether the officer must recuse from a citizen party (asked from personnel; the ID number "
            + "travels in the body, never in a URL of this service)")
    public CitizenRecusalAnswer citizenRecusal(@PathVariable String officerId,
                                               @Valid @RequestBody CitizenRecusalRequest body) {
        String idCardNo;
        try {
            idCardNo = CitizenIdNumber.of(body.partyIdCardNo(), clock).value();
        } catch (InvalidIdentifierException e) {
            throw ApiException.invalid(e.code(), List.of(FieldViolation.of("partyIdCardNo", e.code())));
        }
        LocalDate date = body.date() == null ? LocalDate.now(clock) : body.date();
        OfficerVerdict v = eligibility.officer(officerId, date, Set.of(), null);
        if (v.agencyCode() == null) {
            throw ApiException.notFound("执法人员", officerId); // not in the projection: not an officer we know
        }
        requireVisible(v);
        return new CitizenRecusalAnswer(officerId, date, eligibility.citizenRecused(officerId, idCardNo, date));
    }

    /** Body of the citizen recusal check. */
    public record CitizenRecusalRequest(@NotBlank String partyIdCardNo, LocalDate date) {
    }

    /** Answer of the citizen recusal check (the ID number is not repeated). */
    public record CitizenRecusalAnswer(String officerId, LocalDate date, boolean conflict) {
    }

    /** Outside the caller's scope an officer does not exist (404). */
    private static void requireVisible(OfficerVerdict v) {
        DataScope scope = CurrentScope.get();
        boolean sees = v.agencyCode() == null ? scope.hasAny(Role.INTEGRATION, Role.SUPERVISOR_CITY, Role.AUDITOR)
                : scope.belongsTo(v.agencyCode()) || scope.isRegionalSupervisor()
                || scope.hasAny(Role.INTEGRATION, Role.AUDITOR);
        if (!sees) {
            throw ApiException.notFound("执法人员", v.officerId());
        }
    }

    @PostMapping("/jobs/eligibility-projection/rebuild")
    @CitySupervisorsOrSystems
    @Operation(summary = "Rebuild the officer eligibility projection by replaying personnel's topics")
    public ResponseEntity<Map<String, String>> rebuild() {
        consumer.replay();
        return ResponseEntity.accepted().body(Map.of("status", "REPLAYING"));
    }
}
