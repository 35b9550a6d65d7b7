package cn.gov.lyg.enforcement.personnel.agency;

import cn.gov.lyg.enforcement.events.vocabulary.AdminLevel;
import cn.gov.lyg.enforcement.events.vocabulary.AgencyKind;
import cn.gov.lyg.enforcement.events.vocabulary.EnforcementDomain;
import cn.gov.lyg.enforcement.platform.security.policy.Authenticated;
import cn.gov.lyg.enforcement.platform.security.policy.SupervisorsOnly;
import cn.gov.lyg.enforcement.platform.web.PageResponse;
import cn.gov.lyg.enforcement.platform.web.Paging;
import cn.gov.lyg.enforcement.platform.web.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/personnel/v1/agencies}: the register of enforcement agencies 行政执法主体. */
@RestController
@RequestMapping("/api/personnel/v1/agencies")
@Tag(name = "agencies", description = "行政执法主体 enforcement agencies")
public class AgencyController {

    private static final Set<String> SORTABLE = Set.of("uscc", "name", "regionCode", "agencyKind", "adminLevel",
            "status", "modifiedAt");

    private final AgencyService agencies;

    public AgencyController(AgencyService agencies) {
        this.agencies = agencies;
    }

    @PostMapping
    @SupervisorsOnly
    @Operation(summary = "Register an agency (judicial-bureau supervisors, within their region)")
    public ResponseEntity<AgencyView> create(@Valid @RequestBody AgencyRequest request) {
        Agency agency = agencies.create(request);
        return ResponseEntity.created(URI.create("/api/personnel/v1/agencies/" + agency.getId()))
                .eTag(Versions.etag(agency)).body(AgencyView.of(agency));
    }

    @GetMapping("/{ref}")
    @Authenticated
    @Operation(summary = "One agency, by id or by unified social credit code")
    public ResponseEntity<AgencyView> get(@PathVariable String ref) {
        Agency agency = agencies.get(ref);
        return ResponseEntity.ok().eTag(Versions.etag(agency)).body(AgencyView.of(agency));
    }

    @PutMapping("/{ref}")
    @SupervisorsOnly
    @Operation(summary = "Change an agency; If-Match carries the version read")
    public ResponseEntity<AgencyView> update(@PathVariable String ref,
                                             @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                             @Valid @RequestBody AgencyRequest request) {
        Agency agency = agencies.update(ref, Versions.parse(ifMatch), request);
        return ResponseEntity.ok().eTag(Versions.etag(agency)).body(AgencyView.of(agency));
    }

    @PostMapping("/{ref}/close")
    @SupervisorsOnly
    @Operation(summary = "机构改革: the agency was MERGED (into a successor) or ABOLISHED")
    public ResponseEntity<AgencyView> close(@PathVariable String ref,
                                            @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                            @Valid @RequestBody CloseRequest request) {
        Agency agency = agencies.close(ref, Versions.parse(ifMatch), request.status(), request.successorAgencyCode(),
                request.effectiveDate());
        return ResponseEntity.ok().eTag(Versions.etag(agency)).body(AgencyView.of(agency));
    }

    @GetMapping
    @Authenticated
    @Operation(summary = "Search agencies (paged); region covers sub-regions (a city code lists the whole city)")
    public PageResponse<AgencyView> search(@RequestParam(required = false) AgencyKind kind,
                                           @RequestParam(required = false) AdminLevel level,
                                           @RequestParam(required = false) EnforcementDomain domain,
                                           @RequestParam(required = false) AgencyStatus status,
                                           @RequestParam(required = false) String region,
                                           @RequestParam(required = false) String q,
                                           @RequestParam(required = false) Integer page,
                                           @RequestParam(required = false) Integer size,
                                           @RequestParam(required = false) List<String> sort) {
        var pageable = Paging.of(page, size, sort, SORTABLE, Sort.by("uscc"));
        return PageResponse.of(agencies.search(new AgencyStore.AgencyFilter(kind, level, domain, status, region, q),
                pageable), AgencyView::of);
    }

    /** Body of {@code /close}. */
    public record CloseRequest(@NotNull AgencyStatus status, String successorAgencyCode, LocalDate effectiveDate) {
    }
}
