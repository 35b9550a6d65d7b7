package cn.gov.lyg.enforcement.benchmark.application;

import cn.gov.lyg.enforcement.benchmark.recommendation.PriorDecision;
import cn.gov.lyg.enforcement.platform.mongo.MongoIndexContributor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Persistence of benchmark applications; also the decision history of parties for the first-violation look-back. */
@Repository
class ApplicationStore implements MongoIndexContributor {

    private final MongoTemplate mongo;

    ApplicationStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void ensureIndexes(MongoTemplate template) {
        var ops = template.indexOps(BenchmarkApplicationRecord.COLLECTION);
        ops.createIndex(new Index().on("agencyCode", Sort.Direction.ASC).on("caseId", Sort.Direction.ASC)
                .on("entryId", Sort.Direction.ASC).unique().named("uk_agency_case_entry"));
        ops.createIndex(new Index().on("partyId", Sort.Direction.ASC).on("decisionDate", Sort.Direction.ASC)
                .named("ix_party_date"));
        ops.createIndex(new Index().on("agencyCode", Sort.Direction.ASC).on("decisionDate", Sort.Direction.ASC)
                .named("ix_agency_date"));
    }

    BenchmarkApplicationRecord insert(BenchmarkApplicationRecord r) {
        return mongo.insert(r);
    }

    Optional<BenchmarkApplicationRecord> findById(String id) {
        return Optional.ofNullable(mongo.findById(id, BenchmarkApplicationRecord.class));
    }

    Optional<BenchmarkApplicationRecord> find(String agencyCode, String caseId, String entryId) {
        return Optional.ofNullable(mongo.findOne(new Query(Criteria.where("agencyCode").is(agencyCode)
                .and("caseId").is(caseId).and("entryId").is(entryId)), BenchmarkApplicationRecord.class));
    }

    /** The party's decisions in [since, before) by query (index {@code ix_party_date}), while the model loads. */
    List<PriorDecision> priorDecisions(String partyId, LocalDate since, LocalDate before) {
        Query q = new Query(Criteria.where("partyId").is(partyId).and("decisionDate").gte(since).lt(before));
        return mongo.find(q, BenchmarkApplicationRecord.class).stream()
                .map(d -> new PriorDecision(d.getViolationCode(), d.getDecisionDate(), !d.isNoPenalty()))
                .toList();
    }

    Page<BenchmarkApplicationRecord> search(ApplicationFilter filter, Criteria scope, Pageable pageable) {
        Query query = query(filter, scope);
        long total = mongo.count(query, BenchmarkApplicationRecord.class);
        return new PageImpl<>(mongo.find(Query.of(query).with(pageable), BenchmarkApplicationRecord.class), pageable,
                total);
    }

    /** Every application of an agency decided in [from, to] (for the evaluation), through one cursor. */
    void forEach(String agencyCode, LocalDate from, LocalDate to, Consumer<BenchmarkApplicationRecord> action) {
        Query q = new Query(Criteria.where("agencyCode").is(agencyCode).and("decisionDate").gte(from).lte(to));
        try (Stream<BenchmarkApplicationRecord> s = mongo.stream(q, BenchmarkApplicationRecord.class)) {
            s.forEach(action);
        }
    }

    private static Query query(ApplicationFilter f, Criteria scope) {
        List<Criteria> all = new ArrayList<>();
        if (scope != null) {
            all.add(scope);
        }
        if (f.agencyCode() != null) {
            all.add(Criteria.where("agencyCode").is(f.agencyCode()));
        }
        if (f.caseId() != null) {
            all.add(Criteria.where("caseId").is(f.caseId()));
        }
        if (f.violationCode() != null) {
            all.add(Criteria.where("violationCode").is(f.violationCode()));
        }
        if (f.deviation() != null) {
            all.add(Criteria.where("withinRecommended").is(!f.deviation()));
        }
        if (f.from() != null) {
            all.add(Criteria.where("decisionDate").gte(f.from()));
        }
        if (f.to() != null) {
            all.add(Criteria.where("decisionDate").lte(f.to()));
        }
        return all.isEmpty() ? new Query() : new Query(new Criteria().andOperator(all));
    }
}
