package cn.gov.lyg.enforcement.inspection.crossdept;

import cn.gov.lyg.enforcement.platform.security.policy.AgencyAdminsOrCitySupervisors;
import cn.gov.lyg.enforcement.platform.security.policy.InspectionReaders;
import cn.gov.lyg.enforcement.platform.web.PageResponse;
import cn.gov.lyg.enforcement.platform.web.Paging;
import cn.gov.lyg.enforcement.platform.web.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
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

/** {@code /api/inspections/v1/cross-department-items}: 跨部门综合监管事项清单. */
@RestController
@RequestMapping("/api/inspections/v1/cross-department-items")
@Tag(name = "cross-department-items", description = "跨部门综合监管事项清单 cross-department supervision items")
public class CrossDeptController {

    private final CrossDeptService items;

    public CrossDeptController(CrossDeptService items) {
        this.items = items;
    }

    private static ResponseEntity<CrossDeptView> ok(CrossDeptItem i) {
        return ResponseEntity.ok().eTag(Versions.etag(i)).body(CrossDeptView.of(i));
    }

    @PostMapping
    @AgencyAdminsOrCitySupervisors
    @Operation(summary = "Add an item (an agency admin leads it; the city judicial bureau names the lead)")
    public ResponseEntity<CrossDeptView> create(@RequestBody CrossDeptItem.Content body) {
        CrossDeptItem i = items.create(body);
        return ResponseEntity.created(URI.create("/api/inspections/v1/cross-department-items/" + i.getId()))
                .eTag(Versions.etag(i)).body(CrossDeptView.of(i));
    }

    @GetMapping("/{id}")
    @InspectionReaders
    @Operation(summary = "One item")
    public ResponseEntity<CrossDeptView> get(@PathVariable String id) {
        return ok(items.get(id));
    }

    @GetMapping
    @InspectionReaders
    @Operation(summary = "The list, paged; agencyCode keeps the items an agency leads or takes part in")
    public PageResponse<CrossDeptView> list(@RequestParam(required = false) String agencyCode,
                                            @RequestParam(required = false) CrossDeptItem.Status status,
                                            @RequestParam(required = false) Integer page,
                                            @RequestParam(required = false) Integer size,
                                            @RequestParam(required = false) List<String> sort) {
        return PageResponse.of(items.list(agencyCode, status, Paging.of(page, size, sort, Set.of("code", "name"),
                Sort.by("code"))), CrossDeptView::of);
    }

    @PutMapping("/{id}")
    @AgencyAdminsOrCitySupervisors
    @Operation(summary = "Change an item (lead agency or city judicial bureau; If-Match)")
    public ResponseEntity<CrossDeptView> update(@PathVariable String id,
                                                @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                @RequestBody CrossDeptItem.Content body) {
        return ok(items.update(id, Versions.parse(ifMatch), body));
    }

    @PostMapping("/{id}/retire")
    @AgencyAdminsOrCitySupervisors
    @Operation(summary = "Take the item off the list")
    public ResponseEntity<CrossDeptView> retire(@PathVariable String id,
                                                @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return ok(items.retire(id, Versions.parse(ifMatch)));
    }
}
