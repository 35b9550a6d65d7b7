package cn.gov.lyg.enforcement.platform.agency;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The service's read-only copy of personnel's agency register, looked up by agency code (unified social credit
 * code, what tokens carry as {@code agencyCode}). Kept by {@link AgencyEventConsumer} from
 * {@code personnel.agencies.v1}, seeded from the reference file until then ({@link ReferenceAgencySeeder}). See
 * {@code package-info.java} for how a service switches it on.
 */
public class AgencyDirectory {

    private final MongoTemplate mongo;
    private final String collection;

    public AgencyDirectory(MongoTemplate mongo, String collection) {
        this.mongo = mongo;
        this.collection = collection;
    }

    public Optional<Agency> find(String agencyCode) {
        return agencyCode == null ? Optional.empty()
                : Optional.ofNullable(mongo.findById(agencyCode, Agency.class, collection));
    }

    /** The known agencies among the codes, by code (unknown codes are absent). */
    public Map<String, Agency> find(Collection<String> agencyCodes) {
        if (agencyCodes == null || agencyCodes.isEmpty()) {
            return Map.of();
        }
        return mongo.find(new Query(Criteria.where("_id").in(agencyCodes)), Agency.class, collection).stream()
                .collect(Collectors.toMap(Agency::agencyCode, Function.identity()));
    }

    /** Whether the code names an agency that is still active. */
    public boolean isActive(String agencyCode) {
        return find(agencyCode).map(Agency::active).orElse(false);
    }

    /** The active agencies whose region code starts with the prefix ({@code ""} for all), by code. */
    public List<Agency> activeInRegion(String regionPrefix) {
        Criteria criteria = Criteria.where("active").is(true);
        if (regionPrefix != null && !regionPrefix.isEmpty()) {
            if (!regionPrefix.matches("\\d{1,6}")) {
                throw new IllegalArgumentException("not a region prefix: " + regionPrefix);
            }
            criteria = criteria.and("regionCode").regex("^" + regionPrefix);
        }
        return mongo.find(new Query(criteria).with(Sort.by("_id")), Agency.class, collection);
    }

    /**
     * Stores an entry built from an agency event unless the stored one comes from the same or a later version of
     * the agency (a redelivered or replayed event); returns whether it was stored. Events of one agency arrive in
     * order on one partition (keyed by the agency), so read-then-write is safe here.
     */
    public boolean apply(Agency fromEvent) {
        Agency current = mongo.findById(fromEvent.agencyCode(), Agency.class, collection);
        if (current != null && fromEvent.sourceVersion() != null && !current.isOlderThan(fromEvent.sourceVersion())) {
            return false;
        }
        mongo.save(fromEvent, collection);
        return true;
    }

    /** Stores an entry as it is (reference data, tests). */
    public void save(Agency agency) {
        mongo.save(agency, collection);
    }

    public long count() {
        return mongo.count(new Query(), collection);
    }
}
