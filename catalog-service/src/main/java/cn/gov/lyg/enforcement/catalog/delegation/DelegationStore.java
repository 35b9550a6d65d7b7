package cn.gov.lyg.enforcement.catalog.delegation;

import cn.gov.lyg.enforcement.platform.mongo.MongoIndexContributor;
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

/** Persistence of township delegations and city list versions. */
@Repository
public class DelegationStore implements MongoIndexContributor {

    static final List<DelegationStatus> PUBLISHED = List.of(DelegationStatus.PUBLISHED, DelegationStatus.EFFECTIVE,
            DelegationStatus.UNDER_EVALUATION, DelegationStatus.CONTINUED, DelegationStatus.ADJUSTED,
            DelegationStatus.RECALLED);

    private final MongoTemplate mongo;

    public DelegationStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void ensureIndexes(MongoTemplate template) {
        var ops = template.indexOps(TownshipDelegation.COLLECTION);
        ops.createIndex(new Index().on("coveredItemIds", Sort.Direction.ASC).on("townshipAgencyCode", Sort.Direction.ASC)
                .named("ix_item_township"));
        ops.createIndex(new Index().on("cityListId", Sort.Direction.ASC).named("ix_city_list"));
        template.indexOps(CityDelegationList.COLLECTION).createIndex(new Index()
                .on("listVersion", Sort.Direction.ASC).unique().named("uk_list_version"));
    }

    public TownshipDelegation save(TownshipDelegation delegation) {
        return mongo.save(delegation);
    }

    public Optional<TownshipDelegation> findById(String id) {
        return Optional.ofNullable(mongo.findById(id, TownshipDelegation.class));
    }

    /** Delegations covering an item (the penalty item or one of its related coercive measures). */
    public List<TownshipDelegation> covering(String itemId) {
        return mongo.find(new Query(Criteria.where("coveredItemIds").is(itemId)), TownshipDelegation.class);
    }

    /** A delegation of the item to the township that is not recalled yet. */
    public boolean openExists(String itemId, String townshipAgencyCode) {
        return mongo.exists(new Query(Criteria.where("itemId").is(itemId).and("townshipAgencyCode")
                .is(townshipAgencyCode).and("status").ne(DelegationStatus.RECALLED)), TownshipDelegation.class);
    }

    public Page<TownshipDelegation> search(DelegationFilter filter, boolean publishedOnly, Pageable pageable) {
        List<Criteria> all = new ArrayList<>();
        if (publishedOnly) {
            all.add(Criteria.where("status").in(PUBLISHED));
        }
        if (filter.status() != null) {
            all.add(Criteria.where("status").is(filter.status() == DelegationStatus.EFFECTIVE
                    ? DelegationStatus.PUBLISHED : filter.status()));
        }
        if (filter.itemId() != null) {
            all.add(Criteria.where("coveredItemIds").is(filter.itemId()));
        }
        if (filter.townshipAgencyCode() != null) {
            all.add(Criteria.where("townshipAgencyCode").is(filter.townshipAgencyCode()));
        }
        if (filter.fromAgencyCode() != null) {
            all.add(Criteria.where("fromAgencyCode").is(filter.fromAgencyCode()));
        }
        if (filter.regionCode() != null) {
            all.add(Criteria.where("regionCode").is(filter.regionCode()));
        }
        if (filter.cityListId() != null) {
            all.add(Criteria.where("cityListId").is(filter.cityListId()));
        }
        Query query = all.isEmpty() ? new Query() : new Query(new Criteria().andOperator(all));
        long total = mongo.count(query, TownshipDelegation.class);
        return new PageImpl<>(mongo.find(Query.of(query).with(pageable), TownshipDelegation.class), pageable, total);
    }

    public CityDelegationList save(CityDelegationList list) {
        return mongo.save(list);
    }

    public Optional<CityDelegationList> findList(String id) {
        return Optional.ofNullable(mongo.findById(id, CityDelegationList.class));
    }

    public List<CityDelegationList> lists(boolean publishedOnly) {
        Query query = publishedOnly ? new Query(Criteria.where("status").ne(CityListStatus.DRAFT)) : new Query();
        return mongo.find(query.with(Sort.by(Sort.Direction.DESC, "listVersion")), CityDelegationList.class);
    }

    public int nextListVersion() {
        CityDelegationList last = mongo.findOne(new Query().with(Sort.by(Sort.Direction.DESC, "listVersion")).limit(1),
                CityDelegationList.class);
        return last == null ? 1 : last.getListVersion() + 1;
    }

    public List<CityDelegationList> publishedLists() {
        return mongo.find(new Query(Criteria.where("status").is(CityListStatus.PUBLISHED)), CityDelegationList.class);
    }
}
