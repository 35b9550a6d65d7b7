package cn.gov.lyg.enforcement.supervision.caseregister;

import cn.gov.lyg.enforcement.platform.mongo.MongoIndexContributor;
import cn.gov.lyg.enforcement.platform.security.DataScope;
import cn.gov.lyg.enforcement.platform.security.Role;
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

/** Persistence of the case register; reads filtered by the caller's scope (CaseAccess as a query). */
@Repository
public class CaseStore implements MongoIndexContributor {

    private final MongoTemplate mongo;

    CaseStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void ensureIndexes(MongoTemplate template) {
        var ops = template.indexOps(CaseFile.COLLECTION);
        ops.createIndex(new Index().on("agencyCode", Sort.Direction.ASC).on("decidedOn", Sort.Direction.ASC)
                .named("ix_agency_decided"));
        ops.createIndex(new Index().on("regionCode", Sort.Direction.ASC).on("decidedOn", Sort.Direction.ASC)
                .named("ix_region_decided"));
        ops.createIndex(new Index().on("regionCode", Sort.Direction.ASC).on("closedOn", Sort.Direction.ASC)
                .named("ix_region_closed"));
        ops.createIndex(new Index().on("agencyCode", Sort.Direction.ASC).on("caseNo", Sort.Direction.ASC)
                .unique().named("uk_agency_case"));
        ops.createIndex(new Index().on("disclosureStatus", Sort.Direction.ASC).on("disclosureDueOn", Sort.Direction.ASC)
                .named("ix_disclosure_due"));
        ops.createIndex(new Index().on("withdrawalStatus", Sort.Direction.ASC).on("withdrawalDueOn", Sort.Direction.ASC)
                .named("ix_withdrawal_due"));
        template.indexOps(BenchmarkApplicationRecord.COLLECTION).createIndex(new Index()
                .on("agencyCode", Sort.Direction.ASC).on("caseNo", Sort.Direction.ASC).named("ix_agency_case"));
    }

    void saveApplication(BenchmarkApplicationRecord application) {
        mongo.save(application);
    }

    List<BenchmarkApplicationRecord> applicationsOf(String agencyCode, String caseNo) {
        return mongo.find(new Query(Criteria.where("agencyCode").is(agencyCode).and("caseNo").is(caseNo))
                .with(Sort.by("_id")), BenchmarkApplicationRecord.class);
    }

    CaseFile save(CaseFile c) {
        return mongo.save(c);
    }

    Optional<CaseFile> findById(String id) {
        return Optional.ofNullable(mongo.findById(id, CaseFile.class));
    }

    Page<CaseFile> search(CaseFilter filter, DataScope scope, Pageable pageable) {
        List<Criteria> all = new ArrayList<>();
        all.add(scopeCriteria(scope));
        if (filter.agencyCode() != null) {
            all.add(Criteria.where("agencyCode").is(filter.agencyCode()));
        }
        if (filter.regionCode() != null) {
            all.add(Criteria.where("regionCode").is(filter.regionCode()));
        }
        if (filter.caseNo() != null) {
            all.add(Criteria.where("caseNo").is(filter.caseNo()));
        }
        if (filter.caseType() != null) {
            all.add(Criteria.where("caseType").is(filter.caseType()));
        }
        if (filter.decidedFrom() != null || filter.decidedTo() != null) {
            Criteria decided = Criteria.where("decidedOn");
            if (filter.decidedFrom() != null) {
                decided = decided.gte(filter.decidedFrom());
            }
            if (filter.decidedTo() != null) {
                decided = decided.lte(filter.decidedTo());
            }
            all.add(decided);
        }
        Query query = new Query(new Criteria().andOperator(all));
        long total = mongo.count(query, CaseFile.class);
        return new PageImpl<>(mongo.find(Query.of(query).with(pageable), CaseFile.class), pageable, total);
    }

    /** Closed cases of a region (prefix of the code), of the types, closed in the window (both days included). */
    List<CaseFile> closed(String regionCode, java.util.Collection<cn.gov.lyg.enforcement.events.vocabulary.ItemType> types,
                          java.time.LocalDate from, java.time.LocalDate to) {
        Query query = new Query(new Criteria().andOperator(regionCriteria("regionCode", regionCode),
                Criteria.where("caseType").in(types), Criteria.where("closedOn").gte(from).lte(to)));
        query.fields().include("_id", "agencyCode", "regionCode", "caseNo", "caseType", "closedOn");
        return mongo.find(query, CaseFile.class);
    }

    private static final int STREAM_BATCH = 1000;

    /** Every decided case with the fields of its three-systems contribution only, streamed. */
    void forEachDecided(java.util.function.Consumer<CaseFile> action) {
        Query query = new Query(Criteria.where("decidedOn").ne(null));
        query.fields().include("_id", "agencyCode", "regionCode", "decidedOn", "disclosureStatus", "disclosureDueOn",
                "withdrawalStatus", "withdrawalDueOn", "recordingStatus", "legalReviewStatus");
        // in batches: without a batch size the MongoDB-wire stand-in answers every case in one reply (78 MB for
        // 250 000 cases, over the 48 MB a reply may have)
        query.cursorBatchSize(STREAM_BATCH);
        try (var stream = mongo.stream(query, CaseFile.class)) {
            stream.forEach(action);
        }
    }

    /** Cases whose disclosure or withdrawal is pending past its due date, in batches (the alert job). */
    void forEachPendingPastDue(java.time.LocalDate asOf, java.util.function.Consumer<CaseFile> action) {
        Criteria due = new Criteria().orOperator(
                Criteria.where("disclosureStatus").is(ComplianceStatus.PENDING).and("disclosureDueOn").lt(asOf),
                Criteria.where("withdrawalStatus").is(ComplianceStatus.PENDING).and("withdrawalDueOn").lt(asOf));
        String lastId = "";
        while (true) {
            List<CaseFile> batch = mongo.find(new Query(new Criteria().andOperator(due,
                    Criteria.where("_id").gt(lastId))).with(Sort.by("_id")).limit(200), CaseFile.class);
            if (batch.isEmpty()) {
                return;
            }
            batch.forEach(action);
            lastId = batch.get(batch.size() - 1).getId();
        }
    }

    /** The region filter of a scope: a 6-digit code, or a prefix for a city (4 digits) or province (2 digits). */
    public static Criteria regionCriteria(String field, String region) {
        if (region.endsWith("0000")) {
            return Criteria.where(field).regex("^" + region.substring(0, 2));
        }
        if (region.endsWith("00")) {
            return Criteria.where(field).regex("^" + region.substring(0, 4));
        }
        return Criteria.where(field).is(region);
    }

    static Criteria scopeCriteria(DataScope scope) {
        List<Criteria> any = new ArrayList<>();
        boolean regionReader = scope.isRegionalSupervisor() || scope.has(Role.PROVINCE_READONLY)
                || (scope.has(Role.INTEGRATION) && scope.agencyCode() == null);
        if (regionReader && scope.regionCode() != null && scope.regionCode().length() == 6) {
            any.add(regionCriteria("regionCode", scope.regionCode()));
        }
        if (scope.agencyCode() != null && (scope.hasAny(CaseAccess.AGENCY_READERS) || scope.has(Role.INTEGRATION))) {
            any.add(Criteria.where("agencyCode").is(scope.agencyCode()));
        }
        if (any.isEmpty()) {
            return Criteria.where("_id").is(null);
        }
        return any.size() == 1 ? any.get(0) : new Criteria().orOperator(any);
    }
}
