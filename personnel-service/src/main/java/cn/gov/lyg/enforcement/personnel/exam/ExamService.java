package cn.gov.lyg.enforcement.personnel.exam;

import cn.gov.lyg.enforcement.personnel.PersonnelProperties;
import cn.gov.lyg.enforcement.personnel.Scopes;
import cn.gov.lyg.enforcement.personnel.officer.Officer;
import cn.gov.lyg.enforcement.personnel.officer.OfficerService;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import cn.gov.lyg.enforcement.platform.security.CurrentScope;
import cn.gov.lyg.enforcement.platform.security.policy.Authenticated;
import cn.gov.lyg.enforcement.platform.security.policy.SupervisorsOnly;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Qualification exams: recorded by the judicial bureau covering the officer's agency; read in the officer's scope.
 * {@link #hasPassed(String)} is what certificate approval consults when {@code personnel.exam-required} is on.
 */
@Service
public class ExamService implements cn.gov.lyg.enforcement.platform.mongo.MongoIndexContributor {

    private final MongoTemplate mongo;
    private final OfficerService officers;
    private final Clock clock;
    private final PersonnelProperties properties;

    public ExamService(MongoTemplate mongo, OfficerService officers, Clock clock,
                       PersonnelProperties properties) {
        this.mongo = mongo;
        this.officers = officers;
        this.clock = clock;
        this.properties = properties;
    }

    @Override
    public void ensureIndexes(MongoTemplate template) {
        template.indexOps(QualificationExam.COLLECTION).createIndex(new Index().on("officerId",
                org.springframework.data.domain.Sort.Direction.ASC).named("ix_exam_officer"));
    }

    @SupervisorsOnly
    public QualificationExam record(QualificationExam.Request request) {
        Officer officer = officers.find(request.officerId())
                .filter(o -> Scopes.supervises(CurrentScope.get(), o.getRegionCode()))
                .orElseThrow(() -> ApiException.notFound("Officer", request.officerId()));
        List<QualificationExam> previous = of(officer.getId());
        ExamRules.checkAttempt(previous, request.examDate(), LocalDate.now(clock), properties.examMaxAttempts())
                .ifPresent(code -> {
                    HttpStatus status = code.startsWith("EXAM_DATE") ? HttpStatus.BAD_REQUEST : HttpStatus.CONFLICT;
                    throw new ApiException(status, code, List.of(FieldViolation.of("officerId", code)));
                });
        return mongo.save(QualificationExam.record(officer.getId(), officer.getAgencyCode(), officer.getRegionCode(),
                request.examDate(), request.generalLawScore(), request.specialLawScore(),
                properties.examPassMark(), previous.size() + 1));
    }

    @Authenticated
    public List<QualificationExam> ofReadable(String officerId) {
        return of(officers.loadReadable(officerId).getId());
    }

    public boolean hasPassed(String officerId) {
        return of(officerId).stream().anyMatch(QualificationExam::isPassed);
    }

    private List<QualificationExam> of(String officerId) {
        return mongo.find(new Query(Criteria.where("officerId").is(officerId)), QualificationExam.class).stream()
                .sorted(java.util.Comparator.comparingInt(QualificationExam::getAttemptNo)).toList();
    }
}
