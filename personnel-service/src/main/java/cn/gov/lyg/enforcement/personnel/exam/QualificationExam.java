package cn.gov.lyg.enforcement.personnel.exam;

import cn.gov.lyg.enforcement.platform.mongo.AggregateDocument;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * 资格考试 (DOMAIN.md §2.1.1): general-law and special-law scores; passed when both reach the pass mark (default 60);
 * attempts are numbered per officer and limited (default 2: one retake) by {@link ExamRules}.
 */
@Document(QualificationExam.COLLECTION)
public class QualificationExam extends AggregateDocument {

    public static final String COLLECTION = "qualification_exams";

    @Id
    private String id;
    private String officerId;
    private String agencyCode;
    private String regionCode;
    private LocalDate examDate;
    private BigDecimal generalLawScore;
    private BigDecimal specialLawScore;
    private int passMark;
    private int attemptNo;
    private boolean passed;

    protected QualificationExam() {
        // for the mapping layer
    }

    public static QualificationExam record(String officerId, String agencyCode, String regionCode, LocalDate examDate,
                                           BigDecimal general, BigDecimal special, int passMark, int attemptNo) {
        QualificationExam e = new QualificationExam();
        e.id = UUID.randomUUID().toString();
        e.officerId = officerId;
        e.agencyCode = agencyCode;
        e.regionCode = regionCode;
        e.examDate = examDate;
        e.generalLawScore = general;
        e.specialLawScore = special;
        e.passMark = passMark;
        e.attemptNo = attemptNo;
        e.passed = ExamRules.passed(general, special, passMark);
        e.audit("QUALIFICATION_EXAM_RECORDED", Map.of("officerId", officerId, "attemptNo", attemptNo,
                "passed", e.passed));
        return e;
    }

    @Override
    public String aggregateId() {
        return id;
    }

    @Override
    public String aggregateType() {
        return "QualificationExam";
    }

    public String getId() {
        return id;
    }

    public String getOfficerId() {
        return officerId;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public LocalDate getExamDate() {
        return examDate;
    }

    public BigDecimal getGeneralLawScore() {
        return generalLawScore;
    }

    public BigDecimal getSpecialLawScore() {
        return specialLawScore;
    }

    public int getPassMark() {
        return passMark;
    }

    public int getAttemptNo() {
        return attemptNo;
    }

    public boolean isPassed() {
        return passed;
    }

    /** The API representation. */
    public record View(String id, String officerId, String agencyCode, LocalDate examDate, BigDecimal generalLawScore,
                       BigDecimal specialLawScore, int passMark, int attemptNo, boolean passed) {

        public static View of(QualificationExam e) {
            return new View(e.id, e.officerId, e.agencyCode, e.examDate, e.generalLawScore, e.specialLawScore,
                    e.passMark, e.attemptNo, e.passed);
        }
    }

    /** Body of {@code POST /qualification-exams}. */
    public record Request(@jakarta.validation.constraints.NotBlank String officerId,
                          @jakarta.validation.constraints.NotNull LocalDate examDate,
                          @jakarta.validation.constraints.NotNull @jakarta.validation.constraints.DecimalMin("0")
                          @jakarta.validation.constraints.DecimalMax("100") BigDecimal generalLawScore,
                          @jakarta.validation.constraints.NotNull @jakarta.validation.constraints.DecimalMin("0")
                          @jakarta.validation.constraints.DecimalMax("100") BigDecimal specialLawScore) {
    }

}
