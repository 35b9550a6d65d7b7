package cn.gov.lyg.enforcement.personnel.assessment;

import cn.gov.lyg.enforcement.platform.mongo.AggregateDocument;
import java.math.BigDecimal;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * 评议考核 of one officer for one year (行政处罚法 Art. 75, DOMAIN.md §2.1.1): the grade with its inputs. The id is
 * {@code officerId/year}, so there is one per officer and year. An UNQUALIFIED grade fails the annual review.
 */
@Document(Assessment.COLLECTION)
public class Assessment extends AggregateDocument {

    public static final String COLLECTION = "assessments";

    @Id
    private String id;
    private String officerId;
    private String officerName;
    private String agencyCode;
    private String regionCode;
    private int year;
    private AssessmentGrade grade;
    private Integer casesHandled;
    private BigDecimal caseReviewScore;
    private Integer complaintsSubstantiated;
    private Integer accountabilityOutcomes;
    private BigDecimal trainingHours;

    protected Assessment() {
        // for the mapping layer
    }

    public static String idOf(String officerId, int year) {
        return officerId + "/" + year;
    }

    public static Assessment record(String officerId, String officerName, String agencyCode, String regionCode,
                                    int year, AssessmentGrade grade, Integer cases, BigDecimal reviewScore,
                                    Integer complaints, Integer accountability, BigDecimal trainingHours) {
        Assessment a = new Assessment();
        a.id = idOf(officerId, year);
        a.officerId = officerId;
        a.officerName = officerName;
        a.agencyCode = agencyCode;
        a.regionCode = regionCode;
        a.year = year;
        a.grade = grade;
        a.casesHandled = cases == null ? 0 : cases;
        a.caseReviewScore = reviewScore;
        a.complaintsSubstantiated = complaints == null ? 0 : complaints;
        a.accountabilityOutcomes = accountability == null ? 0 : accountability;
        a.trainingHours = trainingHours;
        a.audit("ASSESSMENT_RECORDED", Map.of("officerId", officerId, "year", year, "grade", grade.name()));
        return a;
    }

    @Override
    public String aggregateId() {
        return id;
    }

    @Override
    public String aggregateType() {
        return "Assessment";
    }

    public String getId() {
        return id;
    }

    public String getOfficerId() {
        return officerId;
    }

    public String getOfficerName() {
        return officerName;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public int getYear() {
        return year;
    }

    public AssessmentGrade getGrade() {
        return grade;
    }

    public int getCasesHandled() {
        return casesHandled == null ? 0 : casesHandled;
    }

    public BigDecimal getCaseReviewScore() {
        return caseReviewScore;
    }

    public int getComplaintsSubstantiated() {
        return complaintsSubstantiated == null ? 0 : complaintsSubstantiated;
    }

    public int getAccountabilityOutcomes() {
        return accountabilityOutcomes == null ? 0 : accountabilityOutcomes;
    }

    public BigDecimal getTrainingHours() {
        return trainingHours;
    }

    public View view() {
        return new View(id, officerId, officerName, agencyCode, year, grade, grade.displayName(), getCasesHandled(),
                caseReviewScore, getComplaintsSubstantiated(), getAccountabilityOutcomes(), trainingHours);
    }

    /** The API representation. */
    public record View(String id, String officerId, String officerName, String agencyCode, int year,
                       AssessmentGrade grade, String gradeName, int casesHandled, BigDecimal caseReviewScore,
                       int complaintsSubstantiated, int accountabilityOutcomes, BigDecimal trainingHours) {
    }
}
