package cn.gov.lyg.enforcement.supervision.push;

import cn.gov.lyg.enforcement.platform.security.policy.ExchangeLogReaders;
import cn.gov.lyg.enforcement.platform.security.policy.SupervisorsOnly;
import cn.gov.lyg.enforcement.platform.web.PageResponse;
import cn.gov.lyg.enforcement.platform.web.Paging;
import cn.gov.lyg.enforcement.platform.web.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/supervision/v1/exchange/deliveries}: the provincial push delivery log (who may read: supervisors of
 * the region and the province read-only role) and the manual resend (supervisors).
 */
@RestController
@RequestMapping("/api/supervision/v1/exchange/deliveries")
@Tag(name = "exchange", description = "推送省平台 (江苏省公共数据共享交换平台, 江苏省行政执法监督平台): delivery log and resend")
public class PushController {

    static final Set<String> SORTABLE = Set.of("queuedAt", "lastAttemptAt", "nextAttemptAt", "deliveredAt", "status",
            "recordId", "attempts");

    private final PushService push;

    public PushController(PushService push) {
        this.push = push;
    }

    @GetMapping
    @ExchangeLogReaders
    @Operation(summary = "The delivery log in the caller's region, newest first; filters by status, target, dataset, "
            + "record, agency and queue time")
    public PageResponse<DeliveryView> search(@RequestParam(required = false) PushStatus status,
                                             @RequestParam(required = false) PushTarget target,
                                             @RequestParam(required = false) Dataset dataset,
                                             @RequestParam(required = false) String recordId,
                                             @RequestParam(required = false) String agencyCode,
                                             @RequestParam(required = false) Instant queuedFrom,
                                             @RequestParam(required = false) Instant queuedTo,
                                             @RequestParam(required = false) Integer page,
                                             @RequestParam(required = false) Integer size,
                                             @RequestParam(required = false) List<String> sort) {
        var pageable = Paging.of(page, size, sort, SORTABLE, Sort.by(Sort.Direction.DESC, "queuedAt"));
        return PageResponse.of(push.search(new DeliveryFilter(status, target, dataset, recordId, agencyCode,
                queuedFrom, queuedTo), pageable), d -> DeliveryView.of(d, false));
    }

    @GetMapping("/{id}")
    @ExchangeLogReaders
    @Operation(summary = "One delivery with its attempts and the JSON sent")
    public ResponseEntity<DeliveryView> get(@PathVariable String id) {
        Delivery d = push.get(id);
        return ResponseEntity.ok().eTag(Versions.etag(d)).body(DeliveryView.of(d, true));
    }

    @PostMapping("/{id}/resend")
    @SupervisorsOnly
    @Operation(summary = "Send again (dead letter, exhausted, validation failed or delivered): PENDING, due now, "
            + "a new retry window; If-Match optional")
    public ResponseEntity<DeliveryView> resend(@PathVariable String id,
                                               @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Delivery d = push.resend(id, Versions.parse(ifMatch));
        return ResponseEntity.ok().eTag(Versions.etag(d)).body(DeliveryView.of(d, true));
    }
}
