package cn.gov.lyg.enforcement.benchmark.catalog;

import cn.gov.lyg.enforcement.benchmark.benchmark.BenchmarkEntry;
import cn.gov.lyg.enforcement.benchmark.benchmark.EntryCatalogCheck;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * An entry's catalog item must be known, a PENALTY item, ACTIVE, and implemented by the issuing agency (a lower
 * agency applying an upper benchmark is no author: the issuing agency is the one whose powers the entries describe).
 */
@Component
class ProjectionCatalogCheck implements EntryCatalogCheck {

    private final CatalogItemStore items;

    ProjectionCatalogCheck(CatalogItemStore items) {
        this.items = items;
    }

    @Override
    public void check(BenchmarkEntry entry, String issuingAgencyCode) {
        if (entry.catalogItemId() == null) {
            throw invalid("CATALOG_ITEM_REQUIRED", entry.catalogItemId());
        }
        CatalogItem item = items.find(entry.catalogItemId())
                .orElseThrow(() -> invalid("CATALOG_ITEM_UNKNOWN", entry.catalogItemId()));
        if (!item.penalty()) {
            throw invalid("CATALOG_ITEM_NOT_PENALTY", item.itemCode());
        }
        if (!item.usable()) {
            throw invalid("CATALOG_ITEM_NOT_ACTIVE", item.itemCode());
        }
        if (item.implementingAgencyCodes() == null || !item.implementingAgencyCodes().contains(issuingAgencyCode)) {
            throw invalid("CATALOG_ITEM_NOT_OF_AGENCY", item.itemCode());
        }
    }

    private static ApiException invalid(String code, String arg) {
        return new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, code,
                List.of(FieldViolation.of("catalogItemId", code)), arg);
    }
}
