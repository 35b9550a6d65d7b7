package cn.gov.lyg.enforcement.catalog.usability;

import cn.gov.lyg.enforcement.platform.security.policy.Authenticated;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/catalog/v1/items/{id}/usability}: usable or not, with every reason and the power in force. */
@RestController
@Tag(name = "items")
public class UsabilityController {

    private final UsabilityService usability;

    public UsabilityController(UsabilityService usability) {
        this.usability = usability;
    }

    @GetMapping("/api/catalog/v1/items/{id}/usability")
    @Authenticated
    @Operation(summary = "Is the item usable by agencyCode in regionCode (and township) on date (default today)?")
    public Usability usability(@PathVariable String id, @RequestParam String agencyCode,
                               @RequestParam(required = false) String regionCode,
                               @RequestParam(required = false) String townshipAgencyCode,
                               @RequestParam(required = false) LocalDate date) {
        return usability.usability(id, agencyCode, regionCode, townshipAgencyCode, date);
    }
}
