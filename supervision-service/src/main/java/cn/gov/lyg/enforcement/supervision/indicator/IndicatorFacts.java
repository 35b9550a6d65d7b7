package cn.gov.lyg.enforcement.supervision.indicator;

import cn.gov.lyg.enforcement.platform.mongo.AggregateDocument;
import java.math.BigDecimal;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Running facts of one agency and year that only events carry: case-file review results
 * ({@code CaseFileReviewCompleted}) and closed complaints ({@code ComplaintClosed}); each event counted once (its id
 * in the same document write).
 */
@Document(IndicatorFacts.COLLECTION)
public class IndicatorFacts extends AggregateDocument {

    public static final String COLLECTION = "indicator_facts";

    @Id
    private String id;
    private String agencyCode;
    private int year;
    private long reviews;
    private BigDecimal reviewScoreSum = BigDecimal.ZERO;
    private long reviewsUnqualified;
    private long complaintsClosed;
    private long complaintsSubstantiated;
    private long complaintsOverdue;

    protected IndicatorFacts() {
    }

    public static String idOf(String agencyCode, int year) {
        return agencyCode + ":" + year;
    }

    public static IndicatorFacts empty(String agencyCode, int year) {
        IndicatorFacts f = new IndicatorFacts();
        f.id = idOf(agencyCode, year);
        f.agencyCode = agencyCode;
        f.year = year;
        return f;
    }

    public boolean review(String eventId, BigDecimal score, boolean unqualified) {
        if (!markProcessed(eventId)) {
            return false;
        }
        reviews++;
        reviewScoreSum = (reviewScoreSum == null ? BigDecimal.ZERO : reviewScoreSum).add(score);
        if (unqualified) {
            reviewsUnqualified++;
        }
        return true;
    }

    public boolean complaint(String eventId, boolean substantiated, int overdueCount) {
        if (!markProcessed(eventId)) {
            return false;
        }
        complaintsClosed++;
        if (substantiated) {
            complaintsSubstantiated++;
        }
        if (overdueCount > 0) {
            complaintsOverdue++;
        }
        return true;
    }

    @Override
    public String aggregateId() {
        return id;
    }

    @Override
    public String aggregateType() {
        return "IndicatorFacts";
    }

    public String getAgencyCode() { return agencyCode; }
    public int getYear() { return year; }
    public long getReviews() { return reviews; }
    public BigDecimal getReviewScoreSum() { return reviewScoreSum == null ? BigDecimal.ZERO : reviewScoreSum; }
    public long getReviewsUnqualified() { return reviewsUnqualified; }
    public long getComplaintsClosed() { return complaintsClosed; }
    public long getComplaintsSubstantiated() { return complaintsSubstantiated; }
    public long getComplaintsOverdue() { return complaintsOverdue; }
}
