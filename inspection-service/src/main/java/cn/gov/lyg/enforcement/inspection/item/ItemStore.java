package cn.gov.lyg.enforcement.inspection.item;

import cn.gov.lyg.enforcement.platform.kafka.ProcessedEvents;
import cn.gov.lyg.enforcement.platform.mongo.MongoIndexContributor;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Persistence of the catalog item and delegation projections. */
@Repository
class ItemStore implements MongoIndexContributor {

    private final MongoTemplate mongo;

    ItemStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void ensureIndexes(MongoTemplate template) {
        template.indexOps(CatalogItem.COLLECTION).createIndex(new Index().on("itemCode", Sort.Direction.ASC)
                .named("ix_item_code"));
        template.indexOps(TownshipDelegation.COLLECTION).createIndex(
                new Index().on("townshipAgencyCode", Sort.Direction.ASC).named("ix_township"));
    }

    Optional<CatalogItem> item(String id) {
        return Optional.ofNullable(mongo.findById(id, CatalogItem.class));
    }

    /** By catalog item id or by item code (3207-…). */
    Optional<CatalogItem> itemByIdOrCode(String idOrCode) {
        return item(idOrCode).or(() -> Optional.ofNullable(
                mongo.findOne(new Query(Criteria.where("itemCode").is(idOrCode)), CatalogItem.class)));
    }

    CatalogItem save(CatalogItem item) {
        return mongo.save(item);
    }

    Optional<TownshipDelegation> delegation(String id) {
        return Optional.ofNullable(mongo.findById(id, TownshipDelegation.class));
    }

    List<TownshipDelegation> delegationsTo(String township) {
        return mongo.find(new Query(Criteria.where("townshipAgencyCode").is(township)), TownshipDelegation.class);
    }

    TownshipDelegation save(TownshipDelegation delegation) {
        return mongo.save(delegation);
    }

    void clear() {
        mongo.remove(new Query(), CatalogItem.class);
        mongo.remove(new Query(), TownshipDelegation.class);
        mongo.remove(new Query(Criteria.where("consumer").is(CatalogEventConsumer.CONSUMER)),
                ProcessedEvents.COLLECTION);
    }
}
