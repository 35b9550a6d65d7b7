package cn.gov.lyg.enforcement.inspection.spotcheck;

import cn.gov.lyg.enforcement.inspection.inspection.InspectionService;
import cn.gov.lyg.enforcement.inspection.inspection.PublicResult;
import cn.gov.lyg.enforcement.platform.web.PageResponse;
import cn.gov.lyg.enforcement.platform.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/inspections/v1/public/spot-checks}: 公示 without a token. Drawn tasks, and for any task its nonce
 * commitment, and after the draw the revealed nonce, seed, population hash, algorithm version and the drawn list with
 * the public checks done (no credit class, no stratum size).
 */
@RestController
@RequestMapping("/api/inspections/v1/public/spot-checks")
@Tag(name = "public", description = "公示 public disclosure")
public class PublicSpotCheckController {

    private final SpotCheckService spotChecks;
    private final InspectionService inspections;

    public PublicSpotCheckController(SpotCheckService spotChecks, InspectionService inspections) {
        this.spotChecks = spotChecks;
        this.inspections = inspections;
    }

    @GetMapping("/{id}/results")
    @Operation(summary = "The publicised results of the task's inspections (no credit class, no personal data)")
    public java.util.List<PublicResult> results(@PathVariable String id) {
        return inspections.publicResults(spotChecks.publicTask(id).getId());
    }

    @GetMapping
    @Operation(summary = "Drawn tasks (paged)")
    public PageResponse<PublicSpotCheckView> list(@RequestParam(required = false) Integer page,
                                                  @RequestParam(required = false) Integer size) {
        return PageResponse.of(spotChecks.publicList(Paging.of(page, size, null, Set.of(),
                Sort.by(Sort.Direction.DESC, "drawnAt"))), PublicSpotCheckView::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A task's announcement: items, scope and the nonce commitment")
    public PublicSpotCheckView get(@PathVariable String id) {
        return PublicSpotCheckView.of(spotChecks.publicTask(id));
    }

    @GetMapping("/{id}/draw-verification")
    @Operation(summary = "The data to verify the draw (input of tools/verify_draw.py public) and the checks' result")
    public Map<String, Object> verification(@PathVariable String id) {
        return spotChecks.publicVerification(id);
    }
}
