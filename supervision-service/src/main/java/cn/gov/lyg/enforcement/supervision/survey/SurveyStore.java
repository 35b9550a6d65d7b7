package cn.gov.lyg.enforcement.supervision.survey;

import cn.gov.lyg.enforcement.platform.mongo.MongoIndexContributor;
import cn.gov.lyg.enforcement.platform.mongo.ScopeCriteria;
import cn.gov.lyg.enforcement.platform.security.DataScope;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Satisfaction surveys and enterprise revisits. */
@Repository
class SurveyStore implements MongoIndexContributor {

    private final MongoTemplate mongo;

    SurveyStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void ensureIndexes(MongoTemplate template) {
        template.indexOps(SatisfactionSurvey.COLLECTION).createIndex(new Index().on("agencyCode", Sort.Direction.ASC)
                .on("periodFrom", Sort.Direction.ASC).named("ix_agency_period"));
        template.indexOps(EnterpriseRevisit.COLLECTION).createIndex(new Index().on("agencyCode", Sort.Direction.ASC)
                .on("dueOn", Sort.Direction.ASC).named("ix_agency_due"));
    }

    Optional<SatisfactionSurvey> findSurvey(String id) {
        return Optional.ofNullable(mongo.findById(id, SatisfactionSurvey.class));
    }

    SatisfactionSurvey save(SatisfactionSurvey s) {
        return mongo.save(s);
    }

    Optional<EnterpriseRevisit> findRevisit(String id) {
        return Optional.ofNullable(mongo.findById(id, EnterpriseRevisit.class));
    }

    EnterpriseRevisit save(EnterpriseRevisit r) {
        return mongo.save(r);
    }

    EnterpriseRevisit insert(EnterpriseRevisit r) {
        return mongo.insert(r);
    }

    Page<SatisfactionSurvey> surveys(DataScope scope, String agencyCode, Integer year, Pageable pageable) {
        List<Criteria> all = new ArrayList<>();
        all.add(ScopeCriteria.readable(scope));
        if (agencyCode != null) {
            all.add(Criteria.where("agencyCode").is(agencyCode));
        }
        if (year != null) {
            all.add(Criteria.where("periodFrom").gte(LocalDate.of(year, 1, 1)).lte(LocalDate.of(year, 12, 31)));
        }
        Query query = new Query(new Criteria().andOperator(all));
        long total = mongo.count(query, SatisfactionSurvey.class);
        return new PageImpl<>(mongo.find(Query.of(query).with(pageable), SatisfactionSurvey.class), pageable, total);
    }

    Page<EnterpriseRevisit> revisits(DataScope scope, String agencyCode, EnterpriseRevisit.Status status,
                                     LocalDate overdueAsOf, Pageable pageable) {
        List<Criteria> all = new ArrayList<>();
        all.add(ScopeCriteria.readable(scope));
        if (scope.agencyCode() != null && !scope.isRegionalSupervisor()) {
            all.add(Criteria.where("agencyCode").is(scope.agencyCode()));
        }
        if (agencyCode != null) {
            all.add(Criteria.where("agencyCode").is(agencyCode));
        }
        if (status != null) {
            all.add(Criteria.where("status").is(status));
        }
        if (overdueAsOf != null) {
            all.add(Criteria.where("status").is(EnterpriseRevisit.Status.PLANNED).and("dueOn").lt(overdueAsOf));
        }
        Query query = new Query(new Criteria().andOperator(all));
        long total = mongo.count(query, EnterpriseRevisit.class);
        return new PageImpl<>(mongo.find(Query.of(query).with(pageable), EnterpriseRevisit.class), pageable, total);
    }

    /** Surveys of an agency whose period starts in the year. */
    List<SatisfactionSurvey> surveysOf(String agencyCode, int year) {
        return mongo.find(new Query(Criteria.where("agencyCode").is(agencyCode).and("periodFrom")
                .gte(LocalDate.of(year, 1, 1)).lte(LocalDate.of(year, 12, 31))), SatisfactionSurvey.class);
    }
}
