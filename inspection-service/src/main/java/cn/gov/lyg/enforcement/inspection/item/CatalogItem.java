package cn.gov.lyg.enforcement.inspection.item;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Projection of one catalog enforcement item (aggregate of catalog-service) as far as inspections need it: type,
 * domain, implementing agencies, publication and the suspension / cancellation windows. Only newer aggregate versions
 * change it ({@link #newerThanStored(long)}).
 */
@Document(CatalogItem.COLLECTION)
public class CatalogItem {

    static final String COLLECTION = "catalog_items";

    @Id
    private String id;
    private String itemCode;
    private String itemType;
    private String domain;
    private List<String> implementingAgencyCodes = List.of();
    private String status;
    private long aggregateVersion;
    private boolean published;
    private LocalDate publishedFrom;
    private LocalDate validTo;
    private LocalDate suspendedFrom;
    private LocalDate suspendedUntil;
    private LocalDate cancelledFrom;

    CatalogItem() {
    }

    public CatalogItem(String id) {
        this.id = id;
    }

    /** True when an event of {@code version} is newer than what this projection holds. */
    public boolean newerThanStored(long version) {
        return version > aggregateVersion;
    }

    /** Applies the item's snapshot of a newer aggregate version. */
    public void snapshot(long version, String itemCode, String itemType, String domain, List<String> agencies,
                         String status, LocalDate validTo) {
        this.aggregateVersion = version;
        this.itemCode = itemCode;
        this.itemType = itemType;
        this.domain = domain;
        this.implementingAgencyCodes = agencies == null ? List.of() : List.copyOf(agencies);
        this.status = status;
        this.validTo = validTo;
    }

    /** DRAFT → ACTIVE (or a new ACTIVE version): usable from {@code from}. */
    public void published(LocalDate from) {
        if (!published || publishedFrom == null || (from != null && from.isBefore(publishedFrom))) {
            publishedFrom = from;
        }
        published = true;
    }

    /** ACTIVE → SUSPENDED from {@code from} up to and including {@code until} (open when null). */
    public void suspended(LocalDate from, LocalDate until) {
        suspendedFrom = from;
        suspendedUntil = until;
    }

    /** SUSPENDED → ACTIVE from {@code from}: the suspension ends the day before. */
    public void resumed(LocalDate from) {
        if (suspendedFrom == null || from == null || !from.isAfter(suspendedFrom)) {
            suspendedFrom = null;
            suspendedUntil = null;
        } else if (suspendedUntil == null || !suspendedUntil.isBefore(from)) {
            suspendedUntil = from.minusDays(1);
        }
    }

    /** Terminal: no new plans or inspections dated on or after {@code from}. */
    public void cancelled(LocalDate from) {
        cancelledFrom = from;
    }

    public String getId() {
        return id;
    }

    public String getItemCode() {
        return itemCode;
    }

    public String getItemType() {
        return itemType;
    }

    public String getDomain() {
        return domain;
    }

    public List<String> getImplementingAgencyCodes() {
        return implementingAgencyCodes;
    }

    public String getStatus() {
        return status;
    }

    public long getAggregateVersion() {
        return aggregateVersion;
    }

    public boolean isPublished() {
        return published;
    }

    public LocalDate getPublishedFrom() {
        return publishedFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public LocalDate getSuspendedFrom() {
        return suspendedFrom;
    }

    public LocalDate getSuspendedUntil() {
        return suspendedUntil;
    }

    public LocalDate getCancelledFrom() {
        return cancelledFrom;
    }
}
