package cn.gov.lyg.enforcement.personnel.officer;

import cn.gov.lyg.enforcement.platform.security.policy.AgencyAdminsOnly;
import cn.gov.lyg.enforcement.platform.security.policy.Authenticated;
import cn.gov.lyg.enforcement.platform.web.PageResponse;
import cn.gov.lyg.enforcement.platform.web.Paging;
import cn.gov.lyg.enforcement.platform.web.SensitiveParameters;
import cn.gov.lyg.enforcement.platform.web.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.http.CacheControl;
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

/** {@code /api/personnel/v1/officers}: 行政执法人员, their employment and their eligibility to enforce. */
@RestController
@RequestMapping("/api/personnel/v1/officers")
@Tag(name = "officers", description = "行政执法人员 enforcement officers")
public class OfficerController {

    private static final Set<String> SORTABLE = Set.of("name", "agencyCode", "employmentStatus", "modifiedAt");

    private final OfficerService officers;

    public OfficerController(OfficerService officers) {
        this.officers = officers;
    }

    @PostMapping
    @AgencyAdminsOnly
    @Operation(summary = "Register an officer of the caller's agency (agency admins)")
    public ResponseEntity<OfficerView> register(@Valid @RequestBody OfficerRequest request) {
        Officer officer = officers.register(request);
        return ResponseEntity.created(URI.create("/api/personnel/v1/officers/" + officer.getId()))
                .eTag(Versions.etag(officer)).body(OfficerView.of(officer));
    }

    @GetMapping("/{id}")
    @Authenticated
    @Operation(summary = "One officer; the ID number is masked")
    public ResponseEntity<OfficerView> get(@PathVariable String id) {
        return ok(officers.get(id));
    }

    @GetMapping("/{id}/identity")
    @AgencyAdminsOnly
    @Operation(summary = "The full ID number: the owning agency's admin only, with a purpose; every read is audited",
            description = "Only the agency-admin role (others 403 ACCESS_DENIED), of the officer's own agency (another "
                    + "agency's officer: 404; readable but not managed: 403 FULL_ID_READ_DENIED). purpose (2 to 200 "
                    + "characters, e.g. 证件制作) is required and written to the audit trail with the reader; without it "
                    + "400 PURPOSE_REQUIRED (after the authorization check).")
    public ResponseEntity<OfficerView.Identity> identity(@PathVariable String id,
                                                         @RequestParam(required = false) String purpose) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(officers.identity(id, purpose));
    }

    @PutMapping("/{id}")
    @AgencyAdminsOnly
    @Operation(summary = "Change personal and post data; If-Match carries the version read")
    public ResponseEntity<OfficerView> update(@PathVariable String id,
                                              @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                              @Valid @RequestBody OfficerProfile profile) {
        return ok(officers.update(id, Versions.parse(ifMatch), profile));
    }

    @PostMapping("/{id}/transfer")
    @AgencyAdminsOnly
    @Operation(summary = "调动 to another agency; withdraws the certificates; emits OfficerTransferred")
    public ResponseEntity<OfficerView> transfer(@PathVariable String id,
                                                @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                @Valid @RequestBody TransferRequest body) {
        return ok(officers.transfer(id, Versions.parse(ifMatch), body.toAgencyCode(), body.effectiveDate(),
                body.reason()));
    }

    @PostMapping("/{id}/duty")
    @AgencyAdminsOnly
    @Operation(summary = "ON_DUTY ↔ NON_ENFORCEMENT_POST (moving off the post withdraws the certificates)")
    public ResponseEntity<OfficerView> duty(@PathVariable String id,
                                            @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                            @Valid @RequestBody StatusRequest body) {
        return ok(officers.changeDuty(id, Versions.parse(ifMatch), body.employmentStatus(), body.effectiveDate(),
                body.reason()));
    }

    @PostMapping("/{id}/leave")
    @AgencyAdminsOnly
    @Operation(summary = "离岗 (retired, resigned, dismissed, deceased, transferred out); emits OfficerLeftService")
    public ResponseEntity<OfficerView> leave(@PathVariable String id,
                                             @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                             @Valid @RequestBody StatusRequest body) {
        return ok(officers.leave(id, Versions.parse(ifMatch), body.employmentStatus(), body.effectiveDate(),
                body.reason()));
    }

    @GetMapping
    @Authenticated
    @Operation(summary = "Search officers in the caller's scope (paged; ID numbers masked)",
            description = "An ID number is never taken in a URL (URLs end up in access logs, proxies and browser "
                    + "history): idCardNo here answers 400 ID_NUMBER_IN_URL; look it up with POST /officers/id-card-lookup.")
    public PageResponse<OfficerView> search(@RequestParam(required = false) String agencyCode,
                                            @RequestParam(required = false) EmploymentStatus employmentStatus,
                                            @RequestParam(required = false) Boolean legalReviewer,
                                            @RequestParam(required = false) String idCardNo,
                                            @RequestParam(required = false) String q,
                                            @RequestParam(required = false) Integer page,
                                            @RequestParam(required = false) Integer size,
                                            @RequestParam(required = false) List<String> sort) {
        SensitiveParameters.refuseIdNumber("idCardNo", idCardNo, "POST /api/personnel/v1/officers/id-card-lookup");
        var pageable = Paging.of(page, size, sort, SORTABLE, Sort.by("name"));
        return PageResponse.of(officers.search(new OfficerStore.OfficerFilter(agencyCode, employmentStatus,
                legalReviewer, null, q), null, pageable), OfficerView::of);
    }

    @PostMapping("/id-card-lookup")
    @Authenticated
    @Operation(summary = "The officers in the caller's scope with this ID number (in the body, never in the URL); "
            + "answers the masked view, paged like the search")
    public PageResponse<OfficerView> lookupByIdCard(@Valid @RequestBody IdCardLookup body) {
        var pageable = Paging.of(body.page(), body.size(), null, SORTABLE, Sort.by("name"));
        return PageResponse.of(officers.search(new OfficerStore.OfficerFilter(body.agencyCode(), null, null, null,
                null), body.idCardNo(), pageable), OfficerView::of);
    }

    private static ResponseEntity<OfficerView> ok(Officer officer) {
        return ResponseEntity.ok().eTag(Versions.etag(officer)).body(OfficerView.of(officer));
    }

    /** Body of {@code /id-card-lookup}: the ID number, optionally an agency, and the page. */
    public record IdCardLookup(@NotBlank @Size(max = 32) String idCardNo, @Size(max = 18) String agencyCode,
                               Integer page, Integer size) {
    }

    /** Body of {@code /transfer}; effectiveDate defaults to today. */
    public record TransferRequest(@NotBlank String toAgencyCode, LocalDate effectiveDate,
                                  @Size(max = 500) String reason) {
    }

    /** Body of {@code /duty} and {@code /leave}; effectiveDate defaults to today. */
    public record StatusRequest(@NotNull EmploymentStatus employmentStatus, LocalDate effectiveDate,
                                @Size(max = 500) String reason) {
    }
}
