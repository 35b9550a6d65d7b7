package cn.gov.lyg.enforcement.catalog.item;

import cn.gov.lyg.enforcement.events.vocabulary.ItemType;
import cn.gov.lyg.enforcement.platform.mongo.MongoIndexContributor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Persistence of enforcement items, with the catalog's filtered, paged search and its indexes. */
@Repository
public class ItemStore implements MongoIndexContributor {

    private final MongoTemplate mongo;

    public ItemStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void ensureIndexes(MongoTemplate template) {
        var ops = template.indexOps(EnforcementItem.COLLECTION);
        ops.createIndex(new Index().on("definition.itemCode", Sort.Direction.ASC).unique().named("uk_item_code"));
        ops.createIndex(new Index().on("status", Sort.Direction.ASC).on("definition.itemType", Sort.Direction.ASC)
                .on("definition.domain", Sort.Direction.ASC).named("ix_status_type_domain"));
        ops.createIndex(new Index().on("definition.implementingAgencyCodes", Sort.Direction.ASC).named("ix_agency"));
        // filtered pages sorted by code (the default order) and law-change look-ups, on a real MongoDB
        ops.createIndex(new Index().on("definition.itemType", Sort.Direction.ASC).on("definition.domain",
                Sort.Direction.ASC).on("definition.itemCode", Sort.Direction.ASC).named("ix_type_domain_code"));
        ops.createIndex(new Index().on("definition.implementingBasis.lawName", Sort.Direction.ASC)
                .named("ix_implementing_law"));
        ops.createIndex(new Index().on("definition.settingBasis.lawName", Sort.Direction.ASC).named("ix_setting_law"));
        // the in-memory search model's periodic refresh (items modified since ...), see ItemSearchConfiguration
        ops.createIndex(new Index().on("modifiedAt", Sort.Direction.ASC).named("ix_modified_at"));
    }

    public EnforcementItem save(EnforcementItem item) {
        return mongo.save(item);
    }

    public Optional<EnforcementItem> findById(String id) {
        return Optional.ofNullable(mongo.findById(id, EnforcementItem.class));
    }

    /** Which of the codes are taken already (one query). */
    public java.util.Set<String> existingCodes(java.util.Collection<String> codes) {
        Query query = new Query(Criteria.where("definition.itemCode").in(codes));
        query.fields().include("definition.itemCode");
        return mongo.find(query, org.bson.Document.class, EnforcementItem.COLLECTION).stream()
                .map(d -> d.get("definition", org.bson.Document.class).getString("itemCode"))
                .collect(java.util.stream.Collectors.toSet());
    }

    /** Inserts new items in one batch (each with its own outbox, as with {@link #save}). */
    public java.util.Collection<EnforcementItem> insertAll(java.util.Collection<EnforcementItem> items) {
        return mongo.insert(items, EnforcementItem.class);
    }

    public boolean existsByItemCode(String itemCode) {
        return mongo.exists(new Query(Criteria.where("definition.itemCode").is(itemCode)), EnforcementItem.class);
    }

    /** Whether an ACTIVE PENALTY item implemented by {@code agencyCode} lists {@code coercionItemId} as related. */
    public boolean existsActivePenaltyRelating(String coercionItemId, String agencyCode) {
        Criteria criteria = Criteria.where("status").is(ItemStatus.ACTIVE)
                .and("definition.itemType").is(ItemType.PENALTY)
                .and("definition.relatedCoercionItemIds").is(coercionItemId);
        if (agencyCode != null) {
            criteria = criteria.and("definition.implementingAgencyCodes").is(agencyCode);
        }
        return mongo.exists(new Query(criteria), EnforcementItem.class);
    }

    /** Items in the given statuses citing {@code lawName} in their setting or implementing basis. */
    public List<EnforcementItem> citing(String lawName, List<ItemStatus> statuses) {
        return mongo.find(new Query(new Criteria().andOperator(Criteria.where("status").in(statuses),
                new Criteria().orOperator(Criteria.where("definition.settingBasis.lawName").is(lawName),
                        Criteria.where("definition.implementingBasis.lawName").is(lawName)))), EnforcementItem.class);
    }

    /**
     * The catalog search as a MongoDB query (two collection scans on a server without indexes): used while the
     * in-memory model ({@link ItemSearchIndex}) is not loaded.
     */
    public Page<EnforcementItem> search(ItemFilter filter, List<ItemStatus> visibleStatuses, Pageable pageable) {
        Query query = query(filter, visibleStatuses);
        long total = mongo.count(query, EnforcementItem.class);
        List<EnforcementItem> content = mongo.find(Query.of(query).with(pageable), EnforcementItem.class);
        return new PageImpl<>(content, pageable, total);
    }

    /**
     * The same search for the export: at most {@code limit} documents in {@code sort} order, read through one
     * cursor (the driver fetches them in batches) and handed to {@code action} one by one, so neither a count nor
     * skip-based pages are needed and the caller never holds more than it keeps.
     */
    public void forEach(ItemFilter filter, List<ItemStatus> visibleStatuses, Sort sort, int limit,
                        Consumer<EnforcementItem> action) {
        Query query = query(filter, visibleStatuses).with(sort).limit(limit);
        try (Stream<EnforcementItem> items = mongo.stream(query, EnforcementItem.class)) {
            items.forEach(action);
        }
    }

    private static Query query(ItemFilter filter, List<ItemStatus> visibleStatuses) {
        List<Criteria> all = new ArrayList<>();
        if (filter.status() != null) {
            all.add(Criteria.where("status").is(filter.status()));
        }
        if (visibleStatuses != null) {
            all.add(Criteria.where("status").in(visibleStatuses));
        }
        if (filter.itemType() != null) {
            all.add(Criteria.where("definition.itemType").is(filter.itemType()));
        }
        if (filter.domain() != null) {
            all.add(Criteria.where("definition.domain").is(filter.domain()));
        }
        if (filter.agencyCode() != null) {
            all.add(Criteria.where("definition.implementingAgencyCodes").is(filter.agencyCode()));
        }
        if (filter.level() != null) {
            all.add(Criteria.where("definition.exerciseLevels").is(filter.level()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            Pattern contains = Pattern.compile(escapeRegex(filter.text().trim()), Pattern.CASE_INSENSITIVE);
            all.add(new Criteria().orOperator(Criteria.where("definition.name").regex(contains),
                    Criteria.where("definition.itemCode").regex(contains)));
        }
        if (filter.reviewRequired() != null) {
            all.add(filter.reviewRequired() ? Criteria.where("reviewRequired").is(true)
                    : Criteria.where("reviewRequired").ne(true));
        }
        if (filter.validOn() != null) {
            all.add(Criteria.where("validFrom").lte(filter.validOn()));
            all.add(new Criteria().orOperator(Criteria.where("validTo").is(null),
                    Criteria.where("validTo").gte(filter.validOn())));
        }
        return all.isEmpty() ? new Query() : new Query(new Criteria().andOperator(all));
    }

    /** Escapes regex metacharacters one by one (\\Q...\\E quoting is not understood by every MongoDB-wire server). */
    static String escapeRegex(String text) {
        StringBuilder escaped = new StringBuilder();
        for (char c : text.toCharArray()) {
            if ("\\^$.|?*+()[]{}-/".indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
