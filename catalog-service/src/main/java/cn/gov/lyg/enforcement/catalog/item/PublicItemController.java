package cn.gov.lyg.enforcement.catalog.item;

import cn.gov.lyg.enforcement.events.vocabulary.AdminLevel;
import cn.gov.lyg.enforcement.events.vocabulary.EnforcementDomain;
import cn.gov.lyg.enforcement.events.vocabulary.ItemType;
import cn.gov.lyg.enforcement.platform.web.PageResponse;
import cn.gov.lyg.enforcement.platform.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/catalog/v1/public/items}: the disclosed catalog (公示), read-only, no token. */
@RestController
@RequestMapping("/api/catalog/v1/public/items")
@Tag(name = "public", description = "公示 public disclosure, no token")
@SecurityRequirements
public class PublicItemController {

    private final ItemService items;

    public PublicItemController(ItemService items) {
        this.items = items;
    }

    @GetMapping
    @Operation(summary = "Active items, filterable by agency, type, level, domain, text and validity date")
    public PageResponse<ItemView.Public> search(@RequestParam(required = false) ItemType itemType,
                                                @RequestParam(required = false) EnforcementDomain domain,
                                                @RequestParam(required = false) String agencyCode,
                                                @RequestParam(required = false) AdminLevel level,
                                                @RequestParam(required = false) String q,
                                                @RequestParam(required = false) LocalDate validOn,
                                                @RequestParam(required = false) Integer page,
                                                @RequestParam(required = false) Integer size,
                                                @RequestParam(required = false) List<String> sort) {
        var pageable = Paging.of(page, size, ItemController.mapSort(sort), Set.copyOf(ItemController.mappedSortable()),
                Sort.by("definition.itemCode"));
        return PageResponse.of(items.searchPublic(new ItemFilter(itemType, domain, agencyCode, level, null, q, validOn),
                pageable), ItemView.Public::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One active item")
    public ItemView.Public get(@PathVariable String id) {
        return ItemView.Public.of(items.getPublic(id));
    }
}
