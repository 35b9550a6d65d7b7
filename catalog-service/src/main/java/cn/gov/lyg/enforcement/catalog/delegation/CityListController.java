package cn.gov.lyg.enforcement.catalog.delegation;

import cn.gov.lyg.enforcement.catalog.item.ItemController;
import cn.gov.lyg.enforcement.platform.security.policy.Authenticated;
import cn.gov.lyg.enforcement.platform.security.policy.CatalogAdminsOnly;
import cn.gov.lyg.enforcement.platform.web.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/catalog/v1/city-lists}: versions of the 一市一清单 (DRAFT → PUBLISHED → SUPERSEDED). */
@RestController
@RequestMapping("/api/catalog/v1/city-lists")
@Tag(name = "city-lists", description = "一市一清单 city delegation list versions")
public class CityListController {

    private final DelegationService delegations;

    public CityListController(DelegationService delegations) {
        this.delegations = delegations;
    }

    @PostMapping
    @CatalogAdminsOnly
    @Operation(summary = "Start a new draft version of the city list")
    public ResponseEntity<DelegationView.CityList> create(@Valid @RequestBody(required = false)
                                                          DelegationCommands.NewCityList command) {
        CityDelegationList list = delegations.createList(command);
        return ResponseEntity.created(URI.create("/api/catalog/v1/city-lists/" + list.getId()))
                .eTag(Versions.etag(list)).body(view(list, false));
    }

    @PostMapping("/{id}/publish")
    @CatalogAdminsOnly
    @Operation(summary = "Publish a draft version with its approval document; the previous version is superseded")
    public ResponseEntity<DelegationView.CityList> publish(@PathVariable String id,
                                                           @RequestHeader(name = "If-Match", required = false)
                                                           String ifMatch,
                                                           @Valid @RequestBody DelegationCommands.PublishCityList
                                                                   command) {
        CityDelegationList list = delegations.publishList(id, Versions.parse(ifMatch), command);
        return ResponseEntity.ok().eTag(Versions.etag(list)).body(view(list, false));
    }

    @PostMapping("/{id}/delegations")
    @CatalogAdminsOnly
    @Operation(summary = "Add a delegation to a draft version (a grant with this list; rule C2)")
    public ResponseEntity<DelegationView> add(@PathVariable String id,
                                              @Valid @RequestBody DelegationCommands.Grant command) {
        TownshipDelegation d = delegations.grant(new DelegationCommands.Grant(command.itemId(),
                command.townshipAgencyCode(), command.fromAgencyCode(), command.decisionDocNo(), id,
                command.effectiveFrom(), command.evaluationCycleMonths()));
        return ResponseEntity.created(URI.create("/api/catalog/v1/delegations/" + d.getId()))
                .eTag(Versions.etag(d)).body(DelegationView.of(d, delegations.today()));
    }

    @GetMapping("/{id}")
    @Authenticated
    @Operation(summary = "One version with its delegations")
    public ResponseEntity<DelegationView.CityList> get(@PathVariable String id) {
        CityDelegationList list = delegations.getList(id);
        return ResponseEntity.ok().eTag(Versions.etag(list))
                .body(view(list, list.getStatus() != CityListStatus.DRAFT));
    }

    @GetMapping
    @Authenticated
    @Operation(summary = "All versions, newest first (without their delegations)")
    public List<DelegationView.CityList> list() {
        return delegations.lists().stream().map(l -> DelegationView.CityList.of(l, null)).toList();
    }

    private DelegationView.CityList view(CityDelegationList list, boolean publishedOnly) {
        LocalDate today = delegations.today();
        return DelegationView.CityList.of(list, delegations.delegationsOf(list.getId(), publishedOnly).stream()
                .map(d -> DelegationView.of(d, today)).toList());
    }
}
