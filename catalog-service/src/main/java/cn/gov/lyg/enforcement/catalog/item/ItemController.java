package cn.gov.lyg.enforcement.catalog.item;

import cn.gov.lyg.enforcement.events.vocabulary.AdminLevel;
import cn.gov.lyg.enforcement.events.vocabulary.EnforcementDomain;
import cn.gov.lyg.enforcement.events.vocabulary.ItemType;
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
import org.springframework.http.HttpStatus;
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

/** {@code /api/catalog/v1/items}: the enforcement item catalog. */
@RestController
@RequestMapping("/api/catalog/v1/items")
@Tag(name = "items", description = "行政执法事项目录 enforcement items")
public class ItemController {

    static final Set<String> SORTABLE = Set.of("itemCode", "name", "validFrom", "status", "itemType", "domain",
            "modifiedAt");
    private static final java.util.Map<String, String> SORT_PATHS = java.util.Map.of("itemCode", "definition.itemCode",
            "name", "definition.name", "itemType", "definition.itemType", "domain", "definition.domain");

    private final ItemService items;

    public ItemController(ItemService items) {
        this.items = items;
    }

    @PostMapping
    @CatalogAdminsOnly
    @Operation(summary = "Create a draft item (catalog admins)")
    public ResponseEntity<ItemView> create(@Valid @RequestBody ItemDefinition definition) {
        EnforcementItem item = items.create(definition);
        return ResponseEntity.created(URI.create("/api/catalog/v1/items/" + item.getId()))
                .eTag(Versions.etag(item)).body(ItemView.of(item));
    }

    @GetMapping("/{id}")
    @Authenticated
    @Operation(summary = "One item (drafts only for catalog admins)")
    public ResponseEntity<ItemView> get(@PathVariable String id) {
        EnforcementItem item = items.get(id);
        return ResponseEntity.ok().eTag(Versions.etag(item)).body(ItemView.of(item));
    }

    @PutMapping("/{id}")
    @CatalogAdminsOnly
    @Operation(summary = "Revise a draft item; If-Match carries the version read")
    public ResponseEntity<ItemView> revise(@PathVariable String id,
                                           @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                           @Valid @RequestBody ItemDefinition definition) {
        EnforcementItem item = items.revise(id, Versions.parse(ifMatch), definition);
        return ResponseEntity.ok().eTag(Versions.etag(item)).body(ItemView.of(item));
    }

    @PostMapping("/{id}/publish")
    @CatalogAdminsOnly
    @Operation(summary = "Publish a draft: DRAFT → ACTIVE, emits EnforcementItemPublished")
    public ResponseEntity<ItemView> publish(@PathVariable String id,
                                            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        EnforcementItem item = items.publish(id, Versions.parse(ifMatch));
        return ResponseEntity.ok().eTag(Versions.etag(item)).body(ItemView.of(item));
    }

    @PostMapping("/{id}/adjust")
    @CatalogAdminsOnly
    @Operation(summary = "Adjust an active item: a new version from effectiveFrom, the old one ends the day before")
    public ResponseEntity<ItemView> adjust(@PathVariable String id,
                                           @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                           @Valid @RequestBody ItemCommands.Adjust command) {
        return respond(items.adjust(id, Versions.parse(ifMatch), command));
    }

    @PostMapping("/{id}/suspend")
    @CatalogAdminsOnly
    @Operation(summary = "Suspend an active item (reason, effectiveFrom, until?)")
    public ResponseEntity<ItemView> suspend(@PathVariable String id,
                                            @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                            @Valid @RequestBody ItemCommands.Suspend command) {
        return respond(items.suspend(id, Versions.parse(ifMatch), command));
    }

    @PostMapping("/{id}/resume")
    @CatalogAdminsOnly
    @Operation(summary = "Resume a suspended item")
    public ResponseEntity<ItemView> resume(@PathVariable String id,
                                           @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                           @Valid @RequestBody(required = false) ItemCommands.Resume command) {
        return respond(items.resume(id, Versions.parse(ifMatch), command));
    }

    @PostMapping("/{id}/cancel")
    @CatalogAdminsOnly
    @Operation(summary = "Cancel an item (reason, effectiveDate), terminal")
    public ResponseEntity<ItemView> cancel(@PathVariable String id,
                                           @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                           @Valid @RequestBody ItemCommands.Cancel command) {
        return respond(items.cancel(id, Versions.parse(ifMatch), command));
    }

    private static ResponseEntity<ItemView> respond(EnforcementItem item) {
        return ResponseEntity.ok().eTag(Versions.etag(item)).body(ItemView.of(item));
    }

    @GetMapping("/{id}/versions")
    @Authenticated
    @Operation(summary = "The item's versions, current first, each with its definition and validity")
    public List<VersionView> versions(@PathVariable String id) {
        EnforcementItem item = items.get(id);
        List<VersionView> versions = new java.util.ArrayList<>();
        versions.add(new VersionView(item.getItemVersion(), item.getValidFrom(), item.getValidTo(), item.getStatus(),
                null, ItemView.of(item), item.getDefinition()));
        item.getHistory().forEach(h -> versions.add(new VersionView(h.itemVersion(), h.validFrom(), h.validTo(), null,
                h.reason(), null, h.definition())));
        return versions;
    }

    @GetMapping
    @Authenticated
    @Operation(summary = "Search the catalog (paged)")
    public PageResponse<ItemView> search(@RequestParam(required = false) ItemType itemType,
                                         @RequestParam(required = false) EnforcementDomain domain,
                                         @RequestParam(required = false) String agencyCode,
                                         @RequestParam(required = false) AdminLevel level,
                                         @RequestParam(required = false) ItemStatus status,
                                         @RequestParam(required = false) String q,
                                         @RequestParam(required = false) LocalDate validOn,
                                         @RequestParam(required = false) Boolean reviewRequired,
                                         @RequestParam(required = false) Integer page,
                                         @RequestParam(required = false) Integer size,
                                         @RequestParam(required = false) List<String> sort) {
        var pageable = Paging.of(page, size, mapSort(sort), Set.copyOf(mappedSortable()),
                Sort.by("definition.itemCode"));
        return PageResponse.of(items.search(new ItemFilter(itemType, domain, agencyCode, level, status, q, validOn,
                reviewRequired),
                pageable), view -> view);
    }

    static List<String> mapSort(List<String> sort) {
        if (sort == null) {
            return null;
        }
        return Paging.rejoin(sort).stream().map(spec -> {
            String[] parts = spec.split(",", 2);
            String field = parts[0].trim();
            String mapped = SORTABLE.contains(field) ? SORT_PATHS.getOrDefault(field, field) : field;
            return parts.length > 1 ? mapped + "," + parts[1] : mapped;
        }).toList();
    }

    static List<String> mappedSortable() {
        return SORTABLE.stream().map(field -> SORT_PATHS.getOrDefault(field, field)).toList();
    }



    /** One entry of {@code /versions}. */
    public record VersionView(int itemVersion, LocalDate validFrom, LocalDate validTo, ItemStatus status,
                              String reason, ItemView current, ItemDefinition definition) {
    }
}
