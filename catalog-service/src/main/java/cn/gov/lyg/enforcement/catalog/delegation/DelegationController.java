package cn.gov.lyg.enforcement.catalog.delegation;

import cn.gov.lyg.enforcement.catalog.item.ItemController;
import cn.gov.lyg.enforcement.platform.security.policy.Authenticated;
import cn.gov.lyg.enforcement.platform.security.policy.CatalogAdminsOnly;
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

/** {@code /api/catalog/v1/delegations}: township delegations 乡镇赋权 and "who holds the power". */
@RestController
@RequestMapping("/api/catalog/v1/delegations")
@Tag(name = "delegations", description = "乡镇赋权 township delegations")
public class DelegationController {

    static final Set<String> SORTABLE = Set.of("itemCode", "townshipAgencyCode", "effectiveFrom", "status",
            "publishedAt");

    private final DelegationService delegations;

    public DelegationController(DelegationService delegations) {
        this.delegations = delegations;
    }

    @PostMapping
    @CatalogAdminsOnly
    @Operation(summary = "Propose (grant) a delegation of a county penalty item to a township (C2)")
    public ResponseEntity<DelegationView> grant(@Valid @RequestBody DelegationCommands.Grant command) {
        TownshipDelegation d = delegations.grant(command);
        return ResponseEntity.created(URI.create("/api/catalog/v1/delegations/" + d.getId())).eTag(Versions.etag(d))
                .body(view(d));
    }

    @PostMapping("/{id}/approve")
    @CatalogAdminsOnly
    @Operation(summary = "PROPOSED → APPROVED")
    public ResponseEntity<DelegationView> approve(@PathVariable String id,
                                                  @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return respond(delegations.approve(id, Versions.parse(ifMatch)));
    }

    @PostMapping("/{id}/publish")
    @CatalogAdminsOnly
    @Operation(summary = "APPROVED → PUBLISHED (EFFECTIVE from effectiveFrom); emits TownshipDelegationGranted")
    public ResponseEntity<DelegationView> publish(@PathVariable String id,
                                                  @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                  @Valid @RequestBody(required = false)
                                                  DelegationCommands.Publish command) {
        return respond(delegations.publish(id, Versions.parse(ifMatch), command));
    }

    @PostMapping("/{id}/evaluations")
    @CatalogAdminsOnly
    @Operation(summary = "Record a periodic evaluation (CONTINUED, ADJUSTED, RECALL_RECOMMENDED)")
    public ResponseEntity<DelegationView> evaluate(@PathVariable String id,
                                                   @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                   @Valid @RequestBody DelegationCommands.Evaluate command) {
        return respond(delegations.evaluate(id, Versions.parse(ifMatch), command));
    }

    @PostMapping("/{id}/recall")
    @CatalogAdminsOnly
    @Operation(summary = "Recall: the township keeps cases filed on or before recallDate; emits TownshipDelegationRecalled",
            description = "recallDate is the township's last day (inclusive); from the next day on the department holds "
                    + "the power again. It is the only date field: effectiveDate/effectiveTo are refused (400 UNKNOWN_FIELD).")
    public ResponseEntity<DelegationView> recall(@PathVariable String id,
                                                 @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                 @Valid @RequestBody DelegationCommands.Recall command) {
        return respond(delegations.recall(id, Versions.parse(ifMatch), command));
    }

    @GetMapping("/holder")
    @Authenticated
    @Operation(summary = "Who holds the power for item X in township T on date D (default today)")
    public PowerHolder.Holder holder(@RequestParam String itemId, @RequestParam String townshipAgencyCode,
                                     @RequestParam(required = false) LocalDate date) {
        return delegations.holder(itemId, townshipAgencyCode, date);
    }

    @GetMapping("/{id}")
    @Authenticated
    @Operation(summary = "One delegation (proposals only for catalog admins)")
    public ResponseEntity<DelegationView> get(@PathVariable String id) {
        return respond(delegations.get(id));
    }

    @GetMapping
    @Authenticated
    @Operation(summary = "Search delegations (paged)")
    public PageResponse<DelegationView> search(@RequestParam(required = false) String itemId,
                                               @RequestParam(required = false) String townshipAgencyCode,
                                               @RequestParam(required = false) String fromAgencyCode,
                                               @RequestParam(required = false) String regionCode,
                                               @RequestParam(required = false) String cityListId,
                                               @RequestParam(required = false) DelegationStatus status,
                                               @RequestParam(required = false) Integer page,
                                               @RequestParam(required = false) Integer size,
                                               @RequestParam(required = false) List<String> sort) {
        var pageable = Paging.of(page, size, sort, SORTABLE, Sort.by("itemCode", "townshipAgencyCode"));
        LocalDate today = delegations.today();
        return PageResponse.of(delegations.search(new DelegationFilter(itemId, townshipAgencyCode, fromAgencyCode,
                regionCode, cityListId, status), pageable), d -> DelegationView.of(d, today));
    }

    private ResponseEntity<DelegationView> respond(TownshipDelegation d) {
        return ResponseEntity.ok().eTag(Versions.etag(d)).body(view(d));
    }

    private DelegationView view(TownshipDelegation d) {
        return DelegationView.of(d, delegations.today());
    }

}
