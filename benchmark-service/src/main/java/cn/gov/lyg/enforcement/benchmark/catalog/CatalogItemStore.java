package cn.gov.lyg.enforcement.benchmark.catalog;

import cn.gov.lyg.enforcement.platform.mongo.MongoIndexContributor;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** The catalog item projection. */
@Repository
class CatalogItemStore implements MongoIndexContributor {

    private final MongoTemplate mongo;

    CatalogItemStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void ensureIndexes(MongoTemplate template) {
        template.indexOps(CatalogItem.COLLECTION).createIndex(new Index().on("itemCode", org.springframework.data.domain.Sort.Direction.ASC)
                .named("ix_item_code"));
    }

    Optional<CatalogItem> find(String itemId) {
        return Optional.ofNullable(mongo.findById(itemId, CatalogItem.class));
    }

    /** Stores the item unless a newer version or event is already kept; answers whether it was stored. */
    boolean upsertIfNewer(CatalogItem item) {
        CatalogItem current = mongo.findById(item.itemId(), CatalogItem.class);
        if (current != null && (current.itemVersion() > item.itemVersion()
                || current.itemVersion() == item.itemVersion() && current.eventVersion() > item.eventVersion())) {
            return false;
        }
        mongo.save(item);
        return true;
    }

    long count() {
        return mongo.count(new Query(Criteria.where("_id").exists(true)), CatalogItem.class);
    }
}
