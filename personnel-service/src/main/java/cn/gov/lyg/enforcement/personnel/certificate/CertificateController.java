package cn.gov.lyg.enforcement.personnel.certificate;

import cn.gov.lyg.enforcement.events.vocabulary.CertificateKind;
import cn.gov.lyg.enforcement.events.vocabulary.EnforcementDomain;
import cn.gov.lyg.enforcement.platform.security.policy.AgencyAdminsOnly;
import cn.gov.lyg.enforcement.platform.security.policy.AgencyAdminsOrSupervisors;
import cn.gov.lyg.enforcement.platform.security.policy.Authenticated;
import cn.gov.lyg.enforcement.platform.security.policy.SupervisorsOnly;
import cn.gov.lyg.enforcement.platform.web.PageResponse;
import cn.gov.lyg.enforcement.platform.web.Paging;
import cn.gov.lyg.enforcement.platform.web.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/personnel/v1/certificates}: 行政执法证件 and their life cycle (DOMAIN.md §2.1.2). */
@RestController
@RequestMapping("/api/personnel/v1/certificates")
@Tag(name = "certificates", description = "行政执法证件 enforcement certificates")
public class CertificateController {

    private static final Set<String> SORTABLE = Set.of("certificateNo", "validTo", "validFrom", "status",
            "officerName", "modifiedAt");

    private final CertificateService certificates;

    public CertificateController(CertificateService certificates) {
        this.certificates = certificates;
    }

    @PostMapping
    @AgencyAdminsOnly
    @Operation(summary = "申领: apply for a certificate for an officer (the officer's agency admin)")
    public ResponseEntity<CertificateView> apply(@Valid @RequestBody CertificateRequests.Application request) {
        Certificate c = certificates.apply(request);
        return ResponseEntity.created(URI.create("/api/personnel/v1/certificates/" + c.getId()))
                .eTag(Versions.etag(c)).body(CertificateView.of(c));
    }

    @GetMapping("/{id}")
    @Authenticated
    @Operation(summary = "One certificate, with its history and allowed actions")
    public ResponseEntity<CertificateView> get(@PathVariable String id) {
        return ok(certificates.get(id));
    }

    @GetMapping
    @Authenticated
    @Operation(summary = "Search certificates in the caller's scope (paged)")
    public PageResponse<CertificateView> search(@RequestParam(required = false) String officerId,
                                                @RequestParam(required = false) String agencyCode,
                                                @RequestParam(required = false) CertificateStatus status,
                                                @RequestParam(required = false) CertificateKind kind,
                                                @RequestParam(required = false) String certificateNo,
                                                @RequestParam(required = false) EnforcementDomain domain,
                                                @RequestParam(required = false) LocalDate validOn,
                                                @RequestParam(required = false) Integer page,
                                                @RequestParam(required = false) Integer size,
                                                @RequestParam(required = false) List<String> sort) {
        var pageable = Paging.of(page, size, sort, SORTABLE, Sort.by("certificateNo"));
        return PageResponse.of(certificates.search(new CertificateStore.CertificateFilter(officerId, agencyCode,
                status, kind, certificateNo, domain, validOn), pageable), CertificateView::of);
    }

    @PostMapping("/{id}/approve")
    @SupervisorsOnly
    @Operation(summary = "APPLIED → APPROVED (资格审查、考试通过, judicial bureau)")
    public ResponseEntity<CertificateView> approve(@PathVariable String id,
                                                   @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return ok(certificates.approve(id, Versions.parse(ifMatch)));
    }

    @PostMapping("/{id}/reject")
    @SupervisorsOnly
    @Operation(summary = "APPLIED|APPROVED → REJECTED")
    public ResponseEntity<CertificateView> reject(@PathVariable String id,
                                                  @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                  @Valid @RequestBody(required = false) CertificateRequests.Reason body) {
        return ok(certificates.reject(id, Versions.parse(ifMatch), reason(body)));
    }

    @PostMapping("/{id}/issue")
    @SupervisorsOnly
    @Operation(summary = "APPROVED → ACTIVE with number and validity (default 5 years); emits CertificateIssued")
    public ResponseEntity<CertificateView> issue(@PathVariable String id,
                                                 @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                 @Valid @RequestBody CertificateRequests.Issue body) {
        return ok(certificates.issue(id, Versions.parse(ifMatch), body));
    }

    @PostMapping("/{id}/suspend")
    @SupervisorsOnly
    @Operation(summary = "暂扣: ACTIVE → SUSPENDED; emits CertificateSuspended")
    public ResponseEntity<CertificateView> suspend(@PathVariable String id,
                                                   @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                   @Valid @RequestBody CertificateRequests.RequiredReason body) {
        return ok(certificates.suspend(id, Versions.parse(ifMatch), body.reason(), body.until()));
    }

    @PostMapping("/{id}/reinstate")
    @SupervisorsOnly
    @Operation(summary = "发还: SUSPENDED → ACTIVE; emits CertificateReinstated")
    public ResponseEntity<CertificateView> reinstate(@PathVariable String id,
                                                     @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                     @Valid @RequestBody(required = false) CertificateRequests.Reason body) {
        return ok(certificates.reinstate(id, Versions.parse(ifMatch), reason(body)));
    }

    @PostMapping("/{id}/withdraw")
    @AgencyAdminsOrSupervisors
    @Operation(summary = "收回: ACTIVE|SUSPENDED → WITHDRAWN; emits CertificateWithdrawn")
    public ResponseEntity<CertificateView> withdraw(@PathVariable String id,
                                                    @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                    @Valid @RequestBody(required = false) CertificateRequests.Reason body) {
        return ok(certificates.withdraw(id, Versions.parse(ifMatch), reason(body)));
    }

    @PostMapping("/{id}/revoke")
    @SupervisorsOnly
    @Operation(summary = "吊销: ACTIVE|SUSPENDED → REVOKED (terminal); emits CertificateRevoked")
    public ResponseEntity<CertificateView> revoke(@PathVariable String id,
                                                  @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                  @Valid @RequestBody CertificateRequests.RequiredReason body) {
        return ok(certificates.revoke(id, Versions.parse(ifMatch), body.reason()));
    }

    @PostMapping("/{id}/cancel")
    @SupervisorsOnly
    @Operation(summary = "注销: WITHDRAWN|LOST|EXPIRED → CANCELLED (terminal); emits CertificateCancelled",
            description = "The issuing judicial bureau's act: supervisors of the holder agency's region, never on "
                    + "their own certificate (403 SELF_APPROVAL).")
    public ResponseEntity<CertificateView> cancel(@PathVariable String id,
                                                  @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                  @Valid @RequestBody(required = false) CertificateRequests.Reason body) {
        return ok(certificates.cancel(id, Versions.parse(ifMatch), reason(body)));
    }

    @PostMapping("/{id}/report-lost")
    @AgencyAdminsOrSupervisors
    @Operation(summary = "挂失: ACTIVE → LOST; emits CertificateReportedLost")
    public ResponseEntity<CertificateView> reportLost(@PathVariable String id,
                                                      @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                      @Valid @RequestBody(required = false) CertificateRequests.Reason body) {
        return ok(certificates.reportLost(id, Versions.parse(ifMatch), reason(body)));
    }

    @PostMapping("/{id}/reissue")
    @SupervisorsOnly
    @Operation(summary = "补发: LOST → CANCELLED + a new ACTIVE certificate with a new number")
    public ResponseEntity<CertificateView> reissue(@PathVariable String id,
                                                   @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                   @Valid @RequestBody CertificateRequests.Issue body) {
        Certificate c = certificates.reissue(id, Versions.parse(ifMatch), body);
        return ResponseEntity.created(URI.create("/api/personnel/v1/certificates/" + c.getId()))
                .eTag(Versions.etag(c)).body(CertificateView.of(c));
    }

    @PostMapping("/{id}/renew")
    @SupervisorsOnly
    @Operation(summary = "换发: ACTIVE|EXPIRED → CANCELLED + a new ACTIVE certificate; emits CertificateRenewed")
    public ResponseEntity<CertificateView> renew(@PathVariable String id,
                                                 @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                 @Valid @RequestBody CertificateRequests.Issue body) {
        Certificate c = certificates.renew(id, Versions.parse(ifMatch), body);
        return ResponseEntity.created(URI.create("/api/personnel/v1/certificates/" + c.getId()))
                .eTag(Versions.etag(c)).body(CertificateView.of(c));
    }

    @PostMapping("/{id}/expire")
    @SupervisorsOnly
    @Operation(summary = "ACTIVE|SUSPENDED → EXPIRED when validTo is before asOf (default today)",
            description = "asOf may not be after today (400 AS_OF_IN_FUTURE): a certificate is never expired ahead "
                    + "of time.")
    public ResponseEntity<CertificateView> expire(@PathVariable String id,
                                                  @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                  @RequestParam(required = false) LocalDate asOf) {
        return ok(certificates.expire(id, Versions.parse(ifMatch), asOf));
    }

    @PostMapping("/{id}/annual-reviews")
    @SupervisorsOnly
    @Operation(summary = "年度审验 of a year: PASSED moves lastReviewYear; FAILED suspends the certificate")
    public ResponseEntity<CertificateView> review(@PathVariable String id,
                                                  @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                  @Valid @RequestBody CertificateRequests.Review body) {
        return ok(certificates.review(id, Versions.parse(ifMatch), body));
    }

    private static String reason(CertificateRequests.Reason body) {
        return body == null ? null : body.reason();
    }

    private static ResponseEntity<CertificateView> ok(Certificate c) {
        return ResponseEntity.ok().eTag(Versions.etag(c)).body(CertificateView.of(c));
    }
}
