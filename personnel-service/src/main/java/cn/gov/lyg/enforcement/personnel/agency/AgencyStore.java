package cn.gov.lyg.enforcement.personnel.agency;

import cn.gov.lyg.enforcement.events.vocabulary.AdminLevel;
import cn.gov.lyg.enforcement.events.vocabulary.AgencyKind;
import cn.gov.lyg.enforcement.events.vocabulary.EnforcementDomain;
import cn.gov.lyg.enforcement.platform.mongo.MongoIndexContributor;
import cn.gov.lyg.enforcement.platform.mongo.RegexText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Persistence of agencies; the credit code is the unique business key. */
@Repository
public class AgencyStore implements MongoIndexContributor {

    private final MongoTemplate mongo;

    public AgencyStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void ensureIndexes(MongoTemplate template) {
        var ops = template.indexOps(Agency.COLLECTION);
        ops.createIndex(new Index().on("uscc", Sort.Direction.ASC).unique().named("uk_agency_uscc"));
        ops.createIndex(new Index().on("regionCode", Sort.Direction.ASC).named("ix_agency_region"));
    }

    public Agency save(Agency agency) {
        return mongo.save(agency);
    }

    public long count() {
        return mongo.count(new Query(), Agency.class);
    }

    public Optional<Agency> findById(String id) {
        return Optional.ofNullable(mongo.findById(id, Agency.class));
    }

    public Optional<Agency> findByCode(String uscc) {
        return Optional.ofNullable(mongo.findOne(new Query(Criteria.where("uscc").is(uscc)), Agency.class));
    }

    public boolean existsByCode(String uscc) {
        return mongo.exists(new Query(Criteria.where("uscc").is(uscc)), Agency.class);
    }

    public Map<String, Agency> findByCodes(Collection<String> codes) {
        return mongo.find(new Query(Criteria.where("uscc").in(codes)), Agency.class).stream()
                .collect(Collectors.toMap(Agency::getUscc, Function.identity()));
    }

    /** Agencies registered before agency events existed (no {@code AgencyRegistered} raised yet). */
    public List<Agency> unannounced() {
        return mongo.find(new Query(Criteria.where("announced").ne(true)), Agency.class);
    }

    /**
     * Active judicial bureaus (city or county level; judicial offices 司法所 supervise nobody) whose region is exactly
     * {@code regionCode}.
     */
    public List<Agency> justiceBureausOf(String regionCode) {
        return mongo.find(new Query(Criteria.where("agencyKind").is(AgencyKind.JUSTICE_BUREAU)
                .and("adminLevel").in(AdminLevel.CITY, AdminLevel.COUNTY)
                .and("regionCode").is(regionCode).and("status").is(AgencyStatus.ACTIVE)), Agency.class);
    }

    public Page<Agency> search(AgencyFilter filter, Pageable pageable) {
        List<Criteria> all = new ArrayList<>();
        if (filter.kind() != null) {
            all.add(Criteria.where("agencyKind").is(filter.kind()));
        }
        if (filter.level() != null) {
            all.add(Criteria.where("adminLevel").is(filter.level()));
        }
        if (filter.domain() != null) {
            all.add(Criteria.where("domains").is(filter.domain()));
        }
        if (filter.status() != null) {
            all.add(Criteria.where("status").is(filter.status()));
        }
        if (filter.regionCode() != null && filter.regionCode().matches("\\d{6}")) {
            String r = filter.regionCode();
            String prefix = r.endsWith("0000") ? r.substring(0, 2) : r.endsWith("00") ? r.substring(0, 4) : r;
            all.add(Criteria.where("regionCode").regex("^" + prefix));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            Pattern contains = Pattern.compile(RegexText.literal(filter.text().strip()), Pattern.CASE_INSENSITIVE);
            all.add(new Criteria().orOperator(Criteria.where("name").regex(contains),
                    Criteria.where("uscc").regex(contains)));
        }
        Query query = all.isEmpty() ? new Query() : new Query(new Criteria().andOperator(all));
        long total = mongo.count(query, Agency.class);
        return new PageImpl<>(mongo.find(Query.of(query).with(pageable), Agency.class), pageable, total);
    }

    /** Search filter of {@code GET /agencies}. */
    public record AgencyFilter(AgencyKind kind, AdminLevel level, EnforcementDomain domain, AgencyStatus status,
                               String regionCode, String text) {
    }
}
