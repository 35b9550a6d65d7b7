package cn.gov.lyg.enforcement.catalog.delegation;

import cn.gov.lyg.enforcement.platform.web.PageResponse;
import cn.gov.lyg.enforcement.platform.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/catalog/v1/public/delegations} and {@code /public/city-lists}: the disclosed 一市一清单, no token. */
@RestController
@RequestMapping("/api/catalog/v1/public")
@Tag(name = "public", description = "公示 public disclosure, no token")
@SecurityRequirements
public class PublicDelegationController {

    private final DelegationService delegations;

    public PublicDelegationController(DelegationService delegations) {
        this.delegations = delegations;
    }

    @GetMapping("/delegations")
    @Operation(summary = "Published delegations, filterable by item, township, department and county")
    public PageResponse<DelegationView> search(@RequestParam(required = false) String itemId,
                                               @RequestParam(required = false) String townshipAgencyCode,
                                               @RequestParam(required = false) String fromAgencyCode,
                                               @RequestParam(required = false) String regionCode,
                                               @RequestParam(required = false) String cityListId,
                                               @RequestParam(required = false) Integer page,
                                               @RequestParam(required = false) Integer size,
                                               @RequestParam(required = false) List<String> sort) {
        var pageable = Paging.of(page, size, sort, DelegationController.SORTABLE,
                Sort.by("itemCode", "townshipAgencyCode"));
        LocalDate today = delegations.today();
        return PageResponse.of(delegations.searchPublic(new DelegationFilter(itemId, townshipAgencyCode,
                fromAgencyCode, regionCode, cityListId, null), pageable), d -> DelegationView.of(d, today));
    }

    @GetMapping("/city-lists")
    @Operation(summary = "Published (and superseded) versions of the city list")
    public List<DelegationView.CityList> lists() {
        return delegations.publicLists().stream().map(l -> DelegationView.CityList.of(l, null)).toList();
    }

    @GetMapping("/city-lists/{id}")
    @Operation(summary = "One published version with its published delegations")
    public DelegationView.CityList list(@PathVariable String id) {
        CityDelegationList list = delegations.getPublicList(id);
        LocalDate today = delegations.today();
        return DelegationView.CityList.of(list, delegations.delegationsOf(id, true).stream()
                .map(d -> DelegationView.of(d, today)).toList());
    }
}
