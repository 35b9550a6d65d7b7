package cn.gov.lyg.enforcement.benchmark.benchmark;

import cn.gov.lyg.enforcement.platform.mongo.MongoIndexContributor;
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

/** Persistence of benchmark versions (one document each) and their indexes. */
@Repository
class BenchmarkStore implements MongoIndexContributor {

    static final List<BenchmarkStatus> PUBLISHED = List.of(BenchmarkStatus.PUBLISHED, BenchmarkStatus.EFFECTIVE,
            BenchmarkStatus.SUPERSEDED, BenchmarkStatus.REPEALED);

    private final MongoTemplate mongo;

    BenchmarkStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void ensureIndexes(MongoTemplate template) {
        var ops = template.indexOps(BenchmarkDocument.COLLECTION);
        ops.createIndex(new Index().on("benchmarkId", Sort.Direction.ASC).on("versionNo", Sort.Direction.ASC).unique()
                .named("uk_benchmark_version"));
        ops.createIndex(new Index().on("issuingAgencyCode", Sort.Direction.ASC).on("status", Sort.Direction.ASC)
                .named("ix_agency_status"));
        ops.createIndex(new Index().on("catalogItemIds", Sort.Direction.ASC).named("ix_catalog_item"));
        ops.createIndex(new Index().on("entries.violatedProvisions.lawName", Sort.Direction.ASC).named("ix_violated_law"));
        ops.createIndex(new Index().on("entries.penaltyProvisions.lawName", Sort.Direction.ASC).named("ix_penalty_law"));
        ops.createIndex(new Index().on("entries.entryId", Sort.Direction.ASC).named("ix_entry"));
        ops.createIndex(new Index().on("entries.violationCode", Sort.Direction.ASC).named("ix_violation_code"));
        ops.createIndex(new Index().on("modifiedAt", Sort.Direction.ASC).named("ix_modified_at"));
    }

    BenchmarkDocument save(BenchmarkDocument d) {
        return mongo.save(d);
    }

    Optional<BenchmarkDocument> findById(String id) {
        return Optional.ofNullable(mongo.findById(id, BenchmarkDocument.class));
    }

    List<BenchmarkDocument> versions(String benchmarkId) {
        return mongo.find(new Query(Criteria.where("benchmarkId").is(benchmarkId))
                .with(Sort.by("versionNo")), BenchmarkDocument.class);
    }

    boolean existsPublished(String benchmarkId) {
        return mongo.exists(new Query(Criteria.where("benchmarkId").is(benchmarkId).and("status").in(PUBLISHED)),
                BenchmarkDocument.class);
    }

    /** Published versions, of one agency or of all. */
    List<BenchmarkDocument> published(String agencyCode) {
        Criteria c = Criteria.where("status").in(PUBLISHED);
        if (agencyCode != null) {
            c = c.and("issuingAgencyCode").is(agencyCode);
        }
        return mongo.find(new Query(c), BenchmarkDocument.class);
    }

    /** The published version holding the entry, if any. */
    Optional<BenchmarkDocument> publishedWithEntry(String entryId) {
        return Optional.ofNullable(mongo.findOne(new Query(Criteria.where("entries.entryId").is(entryId)
                .and("status").in(PUBLISHED)), BenchmarkDocument.class));
    }

    /** Published versions with an entry for the violation code. */
    List<BenchmarkDocument> publishedWithViolation(String violationCode) {
        return mongo.find(new Query(Criteria.where("entries.violationCode").is(violationCode)
                .and("status").in(PUBLISHED)), BenchmarkDocument.class);
    }

    List<BenchmarkDocument> citingItem(String catalogItemId) {
        return mongo.find(new Query(Criteria.where("catalogItemIds").is(catalogItemId)), BenchmarkDocument.class);
    }

    List<BenchmarkDocument> citingLaw(String lawName) {
        return mongo.find(new Query(new Criteria().orOperator(
                Criteria.where("entries.violatedProvisions.lawName").is(lawName),
                Criteria.where("entries.penaltyProvisions.lawName").is(lawName))), BenchmarkDocument.class);
    }

    Page<BenchmarkDocument> search(BenchmarkFilter filter, Criteria scope, Pageable pageable) {
        List<Criteria> all = new ArrayList<>();
        if (scope != null) {
            all.add(scope);
        }
        if (filter.status() != null) {
            all.add(Criteria.where("status").is(filter.status()));
        }
        if (filter.level() != null) {
            all.add(Criteria.where("level").is(filter.level()));
        }
        if (filter.domain() != null) {
            all.add(Criteria.where("domain").is(filter.domain()));
        }
        if (filter.agencyCode() != null) {
            all.add(Criteria.where("issuingAgencyCode").is(filter.agencyCode()));
        }
        if (filter.reviewRequired() != null) {
            all.add(filter.reviewRequired() ? Criteria.where("reviewRequired").is(true)
                    : Criteria.where("reviewRequired").ne(true));
        }
        Query query = all.isEmpty() ? new Query() : new Query(new Criteria().andOperator(all));
        long total = mongo.count(query, BenchmarkDocument.class);
        return new PageImpl<>(mongo.find(Query.of(query).with(pageable), BenchmarkDocument.class), pageable, total);
    }
}
