package cn.gov.lyg.enforcement.supervision.statistics;

import cn.gov.lyg.enforcement.platform.mongo.MongoIndexContributor;
import cn.gov.lyg.enforcement.platform.mongo.ScopeCriteria;
import cn.gov.lyg.enforcement.platform.security.DataScope;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * Reports, the per-agency/year tallies, what each case milestone contributes to them, the 持证率 projection and the
 * counted inspections.
 */
@Repository
class StatisticsStore implements MongoIndexContributor {

    static final String COUNTED_INSPECTIONS = "statistics_inspections";

    private final MongoTemplate mongo;

    StatisticsStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void ensureIndexes(MongoTemplate template) {
        template.indexOps(AnnualStatistics.COLLECTION).createIndex(new Index().on("agencyCode", Sort.Direction.ASC)
                .on("year", Sort.Direction.ASC).unique().named("ux_agency_year"));
        template.indexOps(AnnualStatistics.COLLECTION).createIndex(new Index().on("regionCode", Sort.Direction.ASC)
                .on("year", Sort.Direction.ASC).named("ix_region_year"));
        template.indexOps(CertificateHolder.COLLECTION).createIndex(new Index().on("agencyCode", Sort.Direction.ASC)
                .named("ix_agency"));
    }

    Optional<AnnualStatistics> findReport(String id) {
        return Optional.ofNullable(mongo.findById(id, AnnualStatistics.class));
    }

    AnnualStatistics save(AnnualStatistics report) {
        return mongo.save(report);
    }

    Page<AnnualStatistics> search(DataScope scope, Integer year, StatisticsStatus status, String agencyCode,
                                  Pageable pageable) {
        List<Criteria> all = new ArrayList<>();
        all.add(ScopeCriteria.readable(scope));
        if (year != null) {
            all.add(Criteria.where("year").is(year));
        }
        if (status != null) {
            all.add(Criteria.where("status").is(status));
        }
        if (agencyCode != null) {
            all.add(Criteria.where("agencyCode").is(agencyCode));
        }
        Query query = new Query(new Criteria().andOperator(all));
        long total = mongo.count(query, AnnualStatistics.class);
        return new PageImpl<>(mongo.find(Query.of(query).with(pageable), AnnualStatistics.class), pageable, total);
    }

    Optional<StatisticsTally> findTally(String agencyCode, int year) {
        return Optional.ofNullable(mongo.findById(StatisticsTally.idOf(agencyCode, year), StatisticsTally.class));
    }

    StatisticsTally save(StatisticsTally tally) {
        return mongo.save(tally);
    }

    Optional<CaseContribution> findContribution(String id) {
        return Optional.ofNullable(mongo.findById(id, CaseContribution.class));
    }

    CaseContribution save(CaseContribution contribution) {
        return mongo.save(contribution);
    }

    Optional<CertificateHolder> findHolder(String officerId) {
        return Optional.ofNullable(mongo.findById(officerId, CertificateHolder.class));
    }

    CertificateHolder save(CertificateHolder holder) {
        return mongo.save(holder);
    }

    /** [serving officers, of which certified on {@code day}] of the agency. */
    long[] holding(String agencyCode, LocalDate day) {
        return CertificateHolder.count(mongo.find(new Query(Criteria.where("agencyCode").is(agencyCode)),
                CertificateHolder.class), day);
    }

    /**
     * Claims an inspection for the statistics on behalf of one event: true when this event is the one that counts it
     * (first claim, or the same event redelivered), false when another record of the inspection already did.
     */
    boolean claimInspection(String inspectionId, String eventId, int year) {
        try {
            mongo.insert(new Document("_id", inspectionId).append("eventId", eventId).append("year", year),
                    COUNTED_INSPECTIONS);
            return true;
        } catch (DuplicateKeyException e) {
            Document claim = mongo.findById(inspectionId, Document.class, COUNTED_INSPECTIONS);
            return claim != null && eventId.equals(claim.getString("eventId"));
        }
    }
}
