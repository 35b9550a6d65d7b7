package cn.gov.lyg.enforcement.inspection.entity;

import cn.gov.lyg.enforcement.platform.mongo.MongoIndexContributor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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

/** Persistence of the inspected-entity directory. */
@Repository
class EntityStore implements MongoIndexContributor {

    private final MongoTemplate mongo;

    EntityStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void ensureIndexes(MongoTemplate template) {
        var ops = template.indexOps(InspectedEntity.COLLECTION);
        ops.createIndex(new Index().on("regionCode", Sort.Direction.ASC).on("_id", Sort.Direction.ASC)
                .named("ix_region_uscc"));
        ops.createIndex(new Index().on("registrationStatus", Sort.Direction.ASC).on("regionCode", Sort.Direction.ASC)
                .named("ix_status_region"));
    }

    InspectedEntity save(InspectedEntity e) {
        return mongo.save(e);
    }

    Collection<InspectedEntity> insertAll(Collection<InspectedEntity> entities) {
        return mongo.insert(entities, InspectedEntity.class);
    }

    Optional<InspectedEntity> findById(String uscc) {
        return Optional.ofNullable(mongo.findById(uscc, InspectedEntity.class));
    }

    Map<String, InspectedEntity> findAll(Collection<String> ids) {
        return mongo.find(new Query(Criteria.where("_id").in(ids)), InspectedEntity.class).stream()
                .collect(Collectors.toMap(InspectedEntity::getId, e -> e));
    }

    Page<InspectedEntity> search(EntityFilter filter, List<String> regions, Pageable pageable) {
        Query query = query(filter, regions);
        long total = mongo.count(query, InspectedEntity.class);
        return new PageImpl<>(mongo.find(Query.of(query).with(pageable), InspectedEntity.class), pageable, total);
    }

    /** Streams the entities of the regions through one cursor (population snapshots). */
    void forEach(EntityFilter filter, List<String> regions, Consumer<InspectedEntity> action) {
        try (Stream<InspectedEntity> s = mongo.stream(query(filter, regions).cursorBatchSize(1000),
                InspectedEntity.class)) {
            s.forEach(action);
        }
    }

    private static Query query(EntityFilter f, List<String> regions) {
        List<Criteria> all = new ArrayList<>();
        all.add(Criteria.where("regionCode").in(regions));
        if (f.regionCode() != null) {
            all.add(Criteria.where("regionCode").is(f.regionCode()));
        }
        if (f.townshipCode() != null) {
            all.add(Criteria.where("townshipCode").is(f.townshipCode()));
        }
        if (f.entityType() != null) {
            all.add(Criteria.where("entityType").is(f.entityType()));
        }
        if (f.industry() != null && !f.industry().isBlank()) {
            all.add(Criteria.where("industryCode").regex("^" + Pattern.quote(f.industry().strip())));
        }
        if (f.registrationStatus() != null) {
            all.add(Criteria.where("registrationStatus").is(f.registrationStatus()));
        }
        if (f.keySupervision() != null) {
            all.add(Criteria.where("keySupervision").is(f.keySupervision()));
        }
        if (f.creditClass() != null) {
            all.add(Criteria.where("creditClass").is(f.creditClass()));
        }
        if (f.q() != null && !f.q().isBlank()) {
            String text = Pattern.quote(f.q().strip());
            all.add(new Criteria().orOperator(Criteria.where("name").regex(text),
                    Criteria.where("_id").regex("^" + text.toUpperCase(java.util.Locale.ROOT))));
        }
        return new Query(new Criteria().andOperator(all));
    }
}
