package cn.gov.lyg.enforcement.inspection.clue;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Persistence of clue transfers. */
@Repository
class ClueStore {

    private final MongoTemplate mongo;

    ClueStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    ClueTransfer save(ClueTransfer c) {
        return mongo.save(c);
    }

    Optional<ClueTransfer> find(String id) {
        return Optional.ofNullable(mongo.findById(id, ClueTransfer.class));
    }

    Page<ClueTransfer> page(Criteria criteria, Pageable pageable) {
        Query q = new Query(criteria);
        long total = mongo.count(q, ClueTransfer.class);
        return new PageImpl<>(mongo.find(Query.of(q).with(pageable), ClueTransfer.class), pageable, total);
    }
}
