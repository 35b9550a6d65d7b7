package cn.gov.lyg.enforcement.inspection.coordination;

import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * Persistence of the enterprise registers: read and written by id only ({@code <uscc>:<year>}, the primary key), so
 * the cost does not grow with the number of inspections; concurrent writers are separated by the version.
 */
@Repository
class CoordinationStore {

    private final MongoTemplate mongo;

    CoordinationStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    Optional<EnterpriseRegister> find(String uscc, int year) {
        return Optional.ofNullable(mongo.findById(EnterpriseRegister.key(uscc, year), EnterpriseRegister.class));
    }

    EnterpriseRegister save(EnterpriseRegister register) {
        return mongo.save(register);
    }
}
