package cn.gov.lyg.enforcement.supervision.indicator;

import cn.gov.lyg.enforcement.platform.security.policy.AgencyManagementOrSupervision;
import cn.gov.lyg.enforcement.platform.security.policy.CitySupervisorsOnly;
import cn.gov.lyg.enforcement.platform.web.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/supervision/v1/indicators}: the indicator system (data, versioned) and agencies' scores. */
@RestController
@RequestMapping("/api/supervision/v1/indicators")
@Tag(name = "indicators", description = "考核评价指标: weights summing to 100 as data, scores per agency and year")
public class IndicatorController {

    private final IndicatorService indicators;

    public IndicatorController(IndicatorService indicators) {
        this.indicators = indicators;
    }

    public record IndicatorData(@NotBlank @Size(max = 20) String code, @NotBlank @Size(max = 100) String name,
                                @NotNull BigDecimal weight, @NotNull IndicatorMetric metric) {
    }

    public record Draft(@NotBlank @Size(max = 200) String name,
                        @NotEmpty @Size(max = 30) List<@Valid IndicatorData> indicators) {
    }

    public record SystemView(String id, int number, String name, String status,
                             List<IndicatorRules.Indicator> indicators, long version) {
        static SystemView of(IndicatorSystem s) {
            return new SystemView(s.getId(), s.getNumber(), s.getName(), s.getStatus().name(), s.getIndicators(),
                    s.getVersion() == null ? 0 : s.getVersion());
        }
    }

    @GetMapping("/systems")
    @AgencyManagementOrSupervision
    public List<SystemView> systems() {
        return indicators.systems().stream().map(SystemView::of).toList();
    }

    @GetMapping("/systems/active")
    @AgencyManagementOrSupervision
    public SystemView active() {
        return SystemView.of(indicators.active());
    }

    @PostMapping("/systems")
    @CitySupervisorsOnly
    @Operation(summary = "Draft a new version (weights > 0, two decimals at most, summing to exactly 100)")
    public ResponseEntity<SystemView> draft(@RequestBody(required = false) @Validated Draft body) {
        if (body == null) {
            throw new cn.gov.lyg.enforcement.platform.problem.ApiException(
                    org.springframework.http.HttpStatus.BAD_REQUEST, "BODY_REQUIRED");
        }
        IndicatorSystem s = indicators.draft(body.name().trim(), body.indicators().stream()
                .map(i -> new IndicatorRules.Indicator(i.code().trim(), i.name().trim(), i.weight(), i.metric()))
                .toList());
        return ResponseEntity.created(URI.create("/api/supervision/v1/indicators/systems/" + s.getId()))
                .eTag(Versions.etag(s)).body(SystemView.of(s));
    }

    @PostMapping("/systems/{id}/activate")
    @CitySupervisorsOnly
    public ResponseEntity<SystemView> activate(@PathVariable String id,
                                               @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        IndicatorSystem s = indicators.activate(id, Versions.parse(ifMatch));
        return ResponseEntity.ok().eTag(Versions.etag(s)).body(SystemView.of(s));
    }

    @GetMapping("/scores")
    @AgencyManagementOrSupervision
    @Operation(summary = "An agency's indicator scores of a year as of a day (agency defaults to the caller's)")
    public IndicatorService.AgencyScore score(@RequestParam(required = false) String agencyCode,
                                              @RequestParam int year,
                                              @RequestParam(required = false) LocalDate asOf) {
        return indicators.score(agencyCode, year, asOf);
    }
}
