package cn.gov.lyg.enforcement.personnel.certificate;

import cn.gov.lyg.enforcement.events.vocabulary.CertificateKind;
import cn.gov.lyg.enforcement.platform.mongo.MongoIndexContributor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
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

/**
 * Persistence of certificates. The certificate number is unique (sparse: applications have none yet). "One held
 * enforcement certificate per officer" cannot be a partial unique index on the embedded server, so the service
 * checks it before every write that creates or activates one.
 */
@Repository
public class CertificateStore implements MongoIndexContributor {

    private final MongoTemplate mongo;

    public CertificateStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void ensureIndexes(MongoTemplate template) {
        var ops = template.indexOps(Certificate.COLLECTION);
        ops.createIndex(new Index().on("certificateNo", Sort.Direction.ASC).unique().sparse()
                .named("uk_certificate_no"));
        ops.createIndex(new Index().on("officerId", Sort.Direction.ASC).named("ix_certificate_officer"));
        ops.createIndex(new Index().on("status", Sort.Direction.ASC).on("validTo", Sort.Direction.ASC)
                .named("ix_certificate_status_valid_to"));
    }

    public Certificate save(Certificate certificate) {
        return mongo.save(certificate);
    }

    public Optional<Certificate> findById(String id) {
        return Optional.ofNullable(mongo.findById(id, Certificate.class));
    }

    public boolean existsByNumber(String certificateNo) {
        return mongo.exists(new Query(Criteria.where("certificateNo").is(certificateNo)), Certificate.class);
    }

    public List<Certificate> findByOfficer(String officerId) {
        return mongo.find(new Query(Criteria.where("officerId").is(officerId)), Certificate.class);
    }

    public List<Certificate> findByOfficers(Collection<String> officerIds, CertificateKind kind) {
        return mongo.find(new Query(Criteria.where("officerId").in(officerIds).and("certificateKind").is(kind)),
                Certificate.class);
    }

    public List<Certificate> findByOfficerAndStatus(String officerId, Collection<CertificateStatus> statuses) {
        return mongo.find(new Query(Criteria.where("officerId").is(officerId).and("status").in(statuses)),
                Certificate.class);
    }

    /** Certificates in one of {@code statuses} whose validity ended before {@code asOf}. */
    public List<Certificate> validityEndedBefore(LocalDate asOf, Collection<CertificateStatus> statuses) {
        return mongo.find(new Query(Criteria.where("status").in(statuses).and("validTo").lt(asOf)), Certificate.class);
    }

    /** SUSPENDED certificates whose suspension end date is before {@code asOf}. */
    public List<Certificate> suspensionEndedBefore(LocalDate asOf) {
        return mongo.find(new Query(Criteria.where("status").is(CertificateStatus.SUSPENDED)
                .and("suspendedUntil").lt(asOf)), Certificate.class);
    }

    public List<Certificate> findByStatus(Collection<CertificateStatus> statuses) {
        return mongo.find(new Query(Criteria.where("status").in(statuses)), Certificate.class);
    }

    public Page<Certificate> search(Criteria scope, CertificateFilter filter, Pageable pageable) {
        List<Criteria> all = new ArrayList<>();
        all.add(scope);
        if (filter.officerId() != null) {
            all.add(Criteria.where("officerId").is(filter.officerId()));
        }
        if (filter.agencyCode() != null) {
            all.add(Criteria.where("agencyCode").is(filter.agencyCode()));
        }
        if (filter.status() != null) {
            all.add(Criteria.where("status").is(filter.status()));
        }
        if (filter.kind() != null) {
            all.add(Criteria.where("certificateKind").is(filter.kind()));
        }
        if (filter.certificateNo() != null) {
            all.add(Criteria.where("certificateNo").is(filter.certificateNo()));
        }
        if (filter.domain() != null) {
            all.add(Criteria.where("enforcementDomains").is(filter.domain()));
        }
        if (filter.validOn() != null) {
            all.add(Criteria.where("validFrom").lte(filter.validOn()));
            all.add(Criteria.where("validTo").gte(filter.validOn()));
        }
        Query query = new Query(new Criteria().andOperator(all));
        long total = mongo.count(query, Certificate.class);
        return new PageImpl<>(mongo.find(Query.of(query).with(pageable), Certificate.class), pageable, total);
    }

    /** Filter of {@code GET /certificates}. */
    public record CertificateFilter(String officerId, String agencyCode, CertificateStatus status,
                                    CertificateKind kind, String certificateNo,
                                    cn.gov.lyg.enforcement.events.vocabulary.EnforcementDomain domain,
                                    LocalDate validOn) {
    }
}
