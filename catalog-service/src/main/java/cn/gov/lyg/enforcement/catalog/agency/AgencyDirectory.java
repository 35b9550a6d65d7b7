package cn.gov.lyg.enforcement.catalog.agency;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Looks up agencies of the projection by credit code. */
@Component
public class AgencyDirectory {

    private final MongoTemplate mongo;

    public AgencyDirectory(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Map<String, Agency> find(Collection<String> codes) {
        return mongo.find(new Query(Criteria.where("_id").in(codes)), Agency.class).stream()
                .collect(Collectors.toMap(Agency::agencyCode, Function.identity()));
    }

    public java.util.Optional<Agency> find(String code) {
        return code == null ? java.util.Optional.empty() : java.util.Optional.ofNullable(mongo.findById(code, Agency.class));
    }

    public void save(Agency agency) {
        mongo.save(agency);
    }

    /**
     * Stores an entry built from an agency event unless the stored one comes from the same or a later version of
     * the agency (a redelivered or replayed event); returns whether it was stored. Events of one agency arrive in
     * order on one partition (keyed by the agency), so read-then-write is safe here.
     */
    public boolean apply(Agency fromEvent) {
        Agency current = mongo.findById(fromEvent.agencyCode(), Agency.class);
        if (current != null && !current.isOlderThan(fromEvent.sourceVersion())) {
            return false;
        }
        mongo.save(fromEvent);
        return true;
    }

    public long count() {
        return mongo.count(new Query(), Agency.class);
    }
}
