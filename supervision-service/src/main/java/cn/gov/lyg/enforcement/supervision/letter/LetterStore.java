package cn.gov.lyg.enforcement.supervision.letter;

import cn.gov.lyg.enforcement.platform.mongo.MongoIndexContributor;
import cn.gov.lyg.enforcement.platform.mongo.ScopeCriteria;
import cn.gov.lyg.enforcement.platform.security.DataScope;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Persistence of supervision letters, reads filtered like {@link LetterAccess#visible}. */
@Repository
class LetterStore implements MongoIndexContributor {

    private final MongoTemplate mongo;

    LetterStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void ensureIndexes(MongoTemplate template) {
        var ops = template.indexOps(SupervisionLetter.COLLECTION);
        ops.createIndex(new Index().on("regionCode", Sort.Direction.ASC).on("issuedOn", Sort.Direction.DESC)
                .named("ix_region_issued"));
        ops.createIndex(new Index().on("targetAgencyCode", Sort.Direction.ASC).named("ix_target"));
        ops.createIndex(new Index().on("currentDueOn", Sort.Direction.ASC).named("ix_current_due"));
    }

    SupervisionLetter save(SupervisionLetter l) {
        return mongo.save(l);
    }

    Optional<SupervisionLetter> findById(String id) {
        return Optional.ofNullable(mongo.findById(id, SupervisionLetter.class));
    }

    Page<SupervisionLetter> search(DataScope scope, LetterStatus status, String targetAgencyCode,
                                   LocalDate overdueAsOf, Pageable pageable) {
        List<Criteria> all = new ArrayList<>();
        List<Criteria> any = new ArrayList<>();
        if (scope.isRegionalSupervisor() && scope.regionCode() != null && scope.regionCode().matches("\\d{6}")) {
            any.add(ScopeCriteria.inRegion(scope.regionCode()));
        }
        if (scope.hasAny(LetterAccess.AGENCY_READERS) && scope.agencyCode() != null) {
            any.add(Criteria.where("targetAgencyCode").is(scope.agencyCode()).and("status").ne(LetterStatus.DRAFT));
        }
        all.add(any.isEmpty() ? Criteria.where("_id").is("__none__")
                : any.size() == 1 ? any.get(0) : new Criteria().orOperator(any));
        if (status != null) {
            all.add(Criteria.where("status").is(status));
        }
        if (targetAgencyCode != null) {
            all.add(Criteria.where("targetAgencyCode").is(targetAgencyCode));
        }
        if (overdueAsOf != null) {
            all.add(Criteria.where("currentDueOn").lt(overdueAsOf));
        }
        Query query = new Query(new Criteria().andOperator(all));
        long total = mongo.count(query, SupervisionLetter.class);
        return new PageImpl<>(mongo.find(Query.of(query).with(pageable), SupervisionLetter.class), pageable, total);
    }

    void forEachPastDue(LocalDate asOf, Consumer<SupervisionLetter> action) {
        String lastId = "";
        while (true) {
            List<SupervisionLetter> batch = mongo.find(new Query(Criteria.where("currentDueOn").lt(asOf).and("_id")
                    .gt(lastId)).with(Sort.by("_id")).limit(200), SupervisionLetter.class);
            if (batch.isEmpty()) {
                return;
            }
            batch.forEach(action);
            lastId = batch.get(batch.size() - 1).getId();
        }
    }
}
