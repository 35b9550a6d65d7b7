package cn.gov.lyg.enforcement.supervision.problemlist;

import cn.gov.lyg.enforcement.platform.calendar.WorkingDayCalendar;
import cn.gov.lyg.enforcement.platform.mongo.AggregateDocument;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import cn.gov.lyg.enforcement.platform.problem.InvalidTransitionException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * 突出问题清单 (or the problems of a special campaign 专项整治) of one agency, set by a judicial bureau: each problem has a
 * rectification due date; the agency reports its rectification, the bureau verifies it. The list is CLOSED when every
 * problem is verified.
 */
@Document(ProblemList.COLLECTION)
public class ProblemList extends AggregateDocument {

    public static final String COLLECTION = "problem_lists";

    public enum ItemStatus { OPEN, RECTIFIED, VERIFIED }

    /** One problem and its rectification. */
    public record Item(int itemNo, String description, LocalDate dueOn, ItemStatus status, String report,
                       Instant reportedAt, boolean late, String verifiedBy, Instant verifiedAt, String note) {
    }

    /** Progress as of a day. */
    public record Progress(int total, int open, int rectified, int verified, int overdue) {
    }

    @Id
    private String id;
    private String title;
    private String campaign;
    private int year;
    private String issuerAgencyCode;
    private String agencyCode;
    private String regionCode;
    private List<Item> items = new ArrayList<>();
    private boolean closed;

    protected ProblemList() {
    }

    public record NewItem(String description, LocalDate dueOn) {
    }

    public static ProblemList create(String title, String campaign, int year, String issuerAgencyCode,
                                     String agencyCode, String regionCode, List<NewItem> items, LocalDate today) {
        ProblemList p = new ProblemList();
        p.id = UUID.randomUUID().toString();
        p.title = title;
        p.campaign = campaign;
        p.year = year;
        p.issuerAgencyCode = issuerAgencyCode;
        p.agencyCode = agencyCode;
        p.regionCode = regionCode;
        List<FieldViolation> errors = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).dueOn().isBefore(today)) {
                errors.add(FieldViolation.of("items[" + i + "].dueOn", "DATE_ORDER"));
            }
            p.items.add(new Item(i + 1, items.get(i).description().trim(), items.get(i).dueOn(), ItemStatus.OPEN,
                    null, null, false, null, null, null));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid("DATE_ORDER", errors);
        }
        p.audit("PROBLEM_LIST_CREATED", Map.of("agencyCode", agencyCode, "items", items.size()));
        return p;
    }

    /** The agency reports the rectification of an open problem (late when after its due date). */
    public void rectify(int itemNo, String report, Instant at) {
        Item item = item(itemNo);
        if (item.status() != ItemStatus.OPEN) {
            throw new InvalidTransitionException("ProblemListItem", item.status(), "rectify", List.of());
        }
        boolean late = LocalDate.ofInstant(at, WorkingDayCalendar.ZONE).isAfter(item.dueOn());
        replace(new Item(itemNo, item.description(), item.dueOn(), ItemStatus.RECTIFIED, report, at, late, null, null,
                null));
        audit("PROBLEM_RECTIFIED", Map.of("itemNo", itemNo, "late", late));
    }

    /** The bureau verifies: ok → VERIFIED (the list closes with the last one), otherwise OPEN again with a due date. */
    public void verify(int itemNo, boolean ok, String note, LocalDate newDueOn, String by, Instant at) {
        Item item = item(itemNo);
        if (item.status() != ItemStatus.RECTIFIED) {
            throw new InvalidTransitionException("ProblemListItem", item.status(), "verify", List.of());
        }
        replace(ok ? new Item(itemNo, item.description(), item.dueOn(), ItemStatus.VERIFIED, item.report(),
                item.reportedAt(), item.late(), by, at, note)
                : new Item(itemNo, item.description(), newDueOn != null ? newDueOn : item.dueOn(), ItemStatus.OPEN,
                item.report(), item.reportedAt(), item.late(), by, at, note));
        closed = items.stream().allMatch(i -> i.status() == ItemStatus.VERIFIED);
        audit("PROBLEM_VERIFIED", Map.of("itemNo", itemNo, "ok", ok));
    }

    public Progress progress(LocalDate asOf) {
        int open = 0;
        int rectified = 0;
        int verified = 0;
        int overdue = 0;
        for (Item i : items) {
            switch (i.status()) {
                case OPEN -> {
                    open++;
                    if (asOf.isAfter(i.dueOn())) {
                        overdue++;
                    }
                }
                case RECTIFIED -> rectified++;
                case VERIFIED -> verified++;
                default -> { }
            }
        }
        return new Progress(items.size(), open, rectified, verified, overdue);
    }

    private Item item(int itemNo) {
        return items.stream().filter(i -> i.itemNo() == itemNo).findFirst()
                .orElseThrow(() -> ApiException.notFound("ProblemListItem", itemNo));
    }

    private void replace(Item updated) {
        items.replaceAll(i -> i.itemNo() == updated.itemNo() ? updated : i);
    }

    @Override
    public String aggregateId() {
        return id;
    }

    @Override
    public String aggregateType() {
        return "ProblemList";
    }

    public String getId() { return id; }
    public String getTitle() { return title; }
    public String getCampaign() { return campaign; }
    public int getYear() { return year; }
    public String getIssuerAgencyCode() { return issuerAgencyCode; }
    public String getAgencyCode() { return agencyCode; }
    public String getRegionCode() { return regionCode; }
    public List<Item> getItems() { return List.copyOf(items); }
    public boolean isClosed() { return closed; }
}
