package cn.gov.lyg.enforcement.catalog.delegation;

import cn.gov.lyg.enforcement.platform.mongo.AggregateDocument;
import cn.gov.lyg.enforcement.platform.problem.InvalidTransitionException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * 一市一清单: one version of Lianyungang's list of township delegations. Delegations name the list they belong to
 * ({@code cityListId}); a list takes delegations while DRAFT, is published with its approval document, and the
 * previously published version becomes SUPERSEDED.
 */
@Document(CityDelegationList.COLLECTION)
public class CityDelegationList extends AggregateDocument {

    public static final String COLLECTION = "city_delegation_lists";
    public static final String CITY = "320700";

    @Id
    private String id;
    private String cityRegionCode;
    private int listVersion;
    private String title;
    private String approvalDocNo;
    private CityListStatus status;
    private Instant publishedAt;
    private Instant supersededAt;
    private String supersededBy;

    protected CityDelegationList() {
    }

    public static CityDelegationList draft(int listVersion, String title) {
        CityDelegationList list = new CityDelegationList();
        list.id = UUID.randomUUID().toString();
        list.cityRegionCode = CITY;
        list.listVersion = listVersion;
        list.title = title != null && !title.isBlank() ? title : "连云港市乡镇（街道）赋权事项清单 第" + listVersion + "版";
        list.status = CityListStatus.DRAFT;
        list.audit("CITY_LIST_DRAFTED", Map.of("listVersion", listVersion));
        return list;
    }

    public void requireDraft(String action) {
        if (status != CityListStatus.DRAFT) {
            throw new InvalidTransitionException("CityDelegationList", status, action, status.allowedActions());
        }
    }

    public void publish(String approvalDocNo, Clock clock) {
        requireDraft("publish");
        this.approvalDocNo = approvalDocNo;
        this.status = CityListStatus.PUBLISHED;
        this.publishedAt = clock.instant();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("listVersion", listVersion);
        details.put("approvalDocNo", approvalDocNo);
        audit("CITY_LIST_PUBLISHED", details);
    }

    /** PUBLISHED → SUPERSEDED by a newer published version; a no-op otherwise (safe to repeat). */
    public boolean supersede(String byId, Clock clock) {
        if (status != CityListStatus.PUBLISHED || id.equals(byId)) {
            return false;
        }
        status = CityListStatus.SUPERSEDED;
        supersededAt = clock.instant();
        supersededBy = byId;
        audit("CITY_LIST_SUPERSEDED", Map.of("supersededBy", byId));
        return true;
    }

    @Override
    public String aggregateId() {
        return id;
    }

    @Override
    public String aggregateType() {
        return "CityDelegationList";
    }

    public String getId() {
        return id;
    }

    public String getCityRegionCode() {
        return cityRegionCode;
    }

    public int getListVersion() {
        return listVersion;
    }

    public String getTitle() {
        return title;
    }

    public String getApprovalDocNo() {
        return approvalDocNo;
    }

    public CityListStatus getStatus() {
        return status;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getSupersededAt() {
        return supersededAt;
    }

    public String getSupersededBy() {
        return supersededBy;
    }
}
