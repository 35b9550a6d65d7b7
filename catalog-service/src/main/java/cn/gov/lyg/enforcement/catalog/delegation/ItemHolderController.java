package cn.gov.lyg.enforcement.catalog.delegation;

import cn.gov.lyg.enforcement.platform.security.policy.Authenticated;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/catalog/v1/items/{id}/holder}: who holds an item's power in a township on a date (rule C5). */
@RestController
@Tag(name = "items")
public class ItemHolderController {

    private final DelegationService delegations;

    public ItemHolderController(DelegationService delegations) {
        this.delegations = delegations;
    }

    @GetMapping("/api/catalog/v1/items/{id}/holder")
    @Authenticated
    @Operation(summary = "Who holds the power for the item in the township on date (default today)")
    public PowerHolder.Holder holder(@PathVariable String id, @RequestParam String townshipAgencyCode,
                                     @RequestParam(required = false) LocalDate date) {
        return delegations.holder(id, townshipAgencyCode, date);
    }
}
