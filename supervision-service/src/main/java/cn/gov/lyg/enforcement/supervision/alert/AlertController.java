package cn.gov.lyg.enforcement.supervision.alert;

import cn.gov.lyg.enforcement.platform.security.policy.SupervisionReaders;
import cn.gov.lyg.enforcement.platform.security.policy.SupervisorsOnly;
import cn.gov.lyg.enforcement.platform.web.PageResponse;
import cn.gov.lyg.enforcement.platform.web.Paging;
import cn.gov.lyg.enforcement.platform.web.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
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

/** {@code /api/supervision/v1/alerts}: supervision alerts of the caller's region, acknowledged by the bureau. */
@RestController
@RequestMapping("/api/supervision/v1/alerts")
@Tag(name = "alerts", description = "监督预警: repeated inspections, benchmark deviations, overdue complaints and publicity, late plans")
public class AlertController {

    static final Set<String> SORTABLE = Set.of("raisedAt", "kind", "status", "regionCode");
    private static final String IF_MATCH = "If-Match";

    private final AlertService alerts;

    public AlertController(AlertService alerts) {
        this.alerts = alerts;
    }

    public record Acknowledge(@Size(max = 1000) String note) {
    }

    public record AlertView(String id, String kind, String kindName, String regionCode, List<String> agencyCodes,
                            String subjectRef, String summary, Map<String, String> details, OffsetDateTime raisedAt,
                            String status, String acknowledgedBy, OffsetDateTime acknowledgedAt,
                            String acknowledgementNote, long version) {

        static AlertView of(SupervisionAlert a) {
            return new AlertView(a.getId(), a.getKind().name(), a.getKind().displayName(), a.getRegionCode(),
                    a.getAgencyCodes(), a.getSubjectRef(), a.getSummary(), a.getDetails(), time(a.getRaisedAt()),
                    a.getStatus().name(), a.getAcknowledgedBy(), time(a.getAcknowledgedAt()),
                    a.getAcknowledgementNote(), a.getVersion() == null ? 0 : a.getVersion());
        }

        private static OffsetDateTime time(Instant i) {
            return i == null ? null : OffsetDateTime.ofInstant(i, SupervisionAlert.ZONE);
        }
    }

    @GetMapping
    @SupervisionReaders
    @Operation(summary = "Alerts of the regions the caller supervises (county: its county; city: the whole city)")
    public PageResponse<AlertView> search(@RequestParam(required = false) AlertKind kind,
                                          @RequestParam(required = false) SupervisionAlert.Status status,
                                          @RequestParam(required = false) String agencyCode,
                                          @RequestParam(required = false) OffsetDateTime since,
                                          @RequestParam(required = false) Integer page,
                                          @RequestParam(required = false) Integer size,
                                          @RequestParam(required = false) List<String> sort) {
        var pageable = Paging.of(page, size, sort, SORTABLE, Sort.by(Sort.Direction.DESC, "raisedAt"));
        return PageResponse.of(alerts.search(kind, status, agencyCode, since == null ? null : since.toInstant(),
                pageable), AlertView::of);
    }

    @GetMapping("/{id}")
    @SupervisionReaders
    public ResponseEntity<AlertView> get(@PathVariable String id) {
        SupervisionAlert a = alerts.get(id);
        return ResponseEntity.ok().eTag(Versions.etag(a)).body(AlertView.of(a));
    }

    @PostMapping("/{id}/acknowledge")
    @SupervisorsOnly
    public ResponseEntity<AlertView> acknowledge(@PathVariable String id,
                                                 @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                                 @RequestBody(required = false) Acknowledge body) {
        SupervisionAlert a = alerts.acknowledge(id, Versions.parse(ifMatch), body == null ? null : body.note());
        return ResponseEntity.ok().eTag(Versions.etag(a)).body(AlertView.of(a));
    }
}
