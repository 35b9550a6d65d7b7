package cn.gov.lyg.enforcement.personnel.officer;

import cn.gov.lyg.enforcement.platform.mongo.MongoIndexContributor;
import cn.gov.lyg.enforcement.platform.mongo.RegexText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Persistence of officers; the keyed hash of the ID number is unique. */
@Repository
public class OfficerStore implements MongoIndexContributor {

    private final MongoTemplate mongo;

    public OfficerStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void ensureIndexes(MongoTemplate template) {
        var ops = template.indexOps(Officer.COLLECTION);
        ops.createIndex(new Index().on("idCardHash", Sort.Direction.ASC).unique().named("uk_officer_id_card"));
        ops.createIndex(new Index().on("agencyCode", Sort.Direction.ASC).on("employmentStatus", Sort.Direction.ASC)
                .named("ix_officer_agency_status"));
        ops.createIndex(new Index().on("regionCode", Sort.Direction.ASC).named("ix_officer_region"));
        ops.createIndex(new Index().on("username", Sort.Direction.ASC).named("ix_officer_username"));
    }

    public Officer save(Officer officer) {
        return mongo.save(officer);
    }

    public Optional<Officer> findById(String id) {
        return Optional.ofNullable(mongo.findById(id, Officer.class));
    }

    public boolean existsByIdCardHash(String hash) {
        return mongo.exists(new Query(Criteria.where("idCardHash").is(hash)), Officer.class);
    }

    /**
     * A page of officers inside {@code scope} (a criteria built from the caller's data scope, never {@code null}),
     * filtered.
     */
    public Page<Officer> search(Criteria scope, OfficerFilter filter, Pageable pageable) {
        List<Criteria> all = new ArrayList<>();
        all.add(scope);
        if (filter.agencyCode() != null) {
            all.add(Criteria.where("agencyCode").is(filter.agencyCode()));
        }
        if (filter.employmentStatus() != null) {
            all.add(Criteria.where("employmentStatus").is(filter.employmentStatus()));
        }
        if (filter.legalReviewer() != null) {
            all.add(Criteria.where("legalReviewer").is(filter.legalReviewer()));
        }
        if (filter.idCardHash() != null) {
            all.add(Criteria.where("idCardHash").is(filter.idCardHash()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            all.add(Criteria.where("name").regex(Pattern.compile(RegexText.literal(filter.text().strip()))));
        }
        Query query = new Query(new Criteria().andOperator(all));
        long total = mongo.count(query, Officer.class);
        return new PageImpl<>(mongo.find(Query.of(query).with(pageable), Officer.class), pageable, total);
    }

    public List<Officer> findAll(Criteria criteria) {
        return mongo.find(new Query(criteria), Officer.class);
    }

    /** Filter of {@code GET /officers}. */
    public record OfficerFilter(String agencyCode, EmploymentStatus employmentStatus, Boolean legalReviewer,
                                String idCardHash, String text) {
    }
}
