package cn.gov.lyg.enforcement.inspection.item;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Projection of a township delegation 乡镇赋权 (aggregate of catalog-service): from {@code effectiveFrom} the township
 * exercises the item and its covered items; after a recall ({@code recallDate}) no longer.
 */
@Document(TownshipDelegation.COLLECTION)
public class TownshipDelegation {

    static final String COLLECTION = "catalog_delegations";

    @Id
    private String id;
    private String itemId;
    private List<String> coveredItemIds = List.of();
    private String townshipAgencyCode;
    private String fromAgencyCode;
    private LocalDate effectiveFrom;
    private LocalDate effectiveTo;
    private LocalDate recallDate;
    private long aggregateVersion;

    TownshipDelegation() {
    }

    public TownshipDelegation(String id) {
        this.id = id;
    }

    public boolean newerThanStored(long version) {
        return version > aggregateVersion;
    }

    public void granted(long version, String itemId, List<String> covered, String township, String from,
                        LocalDate effectiveFrom, LocalDate effectiveTo) {
        this.aggregateVersion = version;
        this.itemId = itemId;
        this.coveredItemIds = covered == null ? List.of() : List.copyOf(covered);
        this.townshipAgencyCode = township;
        this.fromAgencyCode = from;
        this.effectiveFrom = effectiveFrom;
        this.effectiveTo = effectiveTo;
    }

    public void recalled(long version, String itemId, List<String> covered, String township, String from,
                         LocalDate recallDate) {
        this.aggregateVersion = version;
        if (this.itemId == null) {
            this.itemId = itemId;
            this.coveredItemIds = covered == null ? List.of() : List.copyOf(covered);
            this.townshipAgencyCode = township;
            this.fromAgencyCode = from;
        }
        this.recallDate = recallDate;
    }

    /** The township may use {@code item} on {@code date} under this delegation. */
    public boolean grants(String township, CatalogItem item, LocalDate date) {
        boolean covers = item.getId().equals(itemId) || coveredItemIds.contains(item.getId());
        return covers && township.equals(townshipAgencyCode)
                && effectiveFrom != null && !date.isBefore(effectiveFrom)
                && (effectiveTo == null || !date.isAfter(effectiveTo))
                && (recallDate == null || !date.isAfter(recallDate));
    }

    public String getId() {
        return id;
    }

    public String getItemId() {
        return itemId;
    }

    public List<String> getCoveredItemIds() {
        return coveredItemIds;
    }

    public String getTownshipAgencyCode() {
        return townshipAgencyCode;
    }

    public String getFromAgencyCode() {
        return fromAgencyCode;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public LocalDate getEffectiveTo() {
        return effectiveTo;
    }

    public LocalDate getRecallDate() {
        return recallDate;
    }

    public long getAggregateVersion() {
        return aggregateVersion;
    }
}
