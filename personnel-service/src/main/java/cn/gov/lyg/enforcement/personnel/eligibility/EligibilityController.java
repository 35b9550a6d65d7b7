package cn.gov.lyg.enforcement.personnel.eligibility;

import cn.gov.lyg.enforcement.events.vocabulary.EnforcementDomain;
import cn.gov.lyg.enforcement.platform.security.policy.Authenticated;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/personnel/v1/officers/{id}/eligibility} and {@code /officers/eligibility}: may an officer enforce on a
 * date, in a domain and region (执法资格), with every reason if not. Its own feature: eligibility reads officers and
 * certificates, neither of them reads eligibility.
 */
@RestController
@RequestMapping("/api/personnel/v1/officers")
@Tag(name = "officers", description = "行政执法人员 enforcement officers")
public class EligibilityController {

    private final EligibilityService eligibility;

    public EligibilityController(EligibilityService eligibility) {
        this.eligibility = eligibility;
    }

    @GetMapping("/{id}/eligibility")
    @Authenticated
    @Operation(summary = "May the officer enforce on date (default today) in domain and region? Every reason if not")
    public EligibilityResult eligibility(@PathVariable String id, @RequestParam(required = false) LocalDate date,
                                         @RequestParam(required = false) EnforcementDomain domain,
                                         @RequestParam(required = false) String region) {
        return eligibility.check(id, date, domain, region);
    }

    @PostMapping("/eligibility")
    @Authenticated
    @Operation(summary = "Eligibility of up to 200 officers at once (same query parameters; body: officerIds)")
    public List<EligibilityService.BatchEntry> eligibilityOfMany(@Valid @RequestBody BatchRequest body,
                                                                 @RequestParam(required = false) LocalDate date,
                                                                 @RequestParam(required = false) EnforcementDomain domain,
                                                                 @RequestParam(required = false) String region) {
        return eligibility.checkMany(body.officerIds(), date, domain, region);
    }

    /** Body of {@code POST /officers/eligibility}. */
    public record BatchRequest(@NotEmpty @Size(max = 200) List<@NotBlank String> officerIds) {
    }
}
