package cn.gov.lyg.enforcement.supervision.supervisor;

import cn.gov.lyg.enforcement.platform.mongo.MongoIndexContributor;
import cn.gov.lyg.enforcement.platform.mongo.ScopeCriteria;
import cn.gov.lyg.enforcement.platform.security.DataScope;
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

/** Special supervisors; the login name and the ID-number hash are unique. */
@Repository
class SupervisorStore implements MongoIndexContributor {

    private final MongoTemplate mongo;

    SupervisorStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void ensureIndexes(MongoTemplate template) {
        var ops = template.indexOps(SpecialSupervisor.COLLECTION);
        ops.createIndex(new Index().on("username", Sort.Direction.ASC).unique().named("ux_username"));
        ops.createIndex(new Index().on("idCardHash", Sort.Direction.ASC).unique().named("ux_id_card"));
        ops.createIndex(new Index().on("regionCode", Sort.Direction.ASC).named("ix_region"));
    }

    Optional<SpecialSupervisor> findById(String id) {
        return Optional.ofNullable(mongo.findById(id, SpecialSupervisor.class));
    }

    Optional<SpecialSupervisor> findByUsername(String username) {
        return Optional.ofNullable(mongo.findOne(new Query(Criteria.where("username").is(username)),
                SpecialSupervisor.class));
    }

    SpecialSupervisor save(SpecialSupervisor s) {
        return mongo.save(s);
    }

    SpecialSupervisor insert(SpecialSupervisor s) {
        return mongo.insert(s);
    }

    Page<SpecialSupervisor> search(DataScope scope, SupervisorStatus status, String sector, Pageable pageable) {
        List<Criteria> all = new ArrayList<>();
        all.add(ScopeCriteria.readable(scope));
        if (status != null) {
            all.add(Criteria.where("status").is(status));
        }
        if (sector != null) {
            all.add(Criteria.where("sector").is(sector));
        }
        Query query = new Query(new Criteria().andOperator(all));
        long total = mongo.count(query, SpecialSupervisor.class);
        return new PageImpl<>(mongo.find(Query.of(query).with(pageable), SpecialSupervisor.class), pageable, total);
    }
}
