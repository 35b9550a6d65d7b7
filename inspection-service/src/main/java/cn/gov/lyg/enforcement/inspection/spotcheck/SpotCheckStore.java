package cn.gov.lyg.enforcement.inspection.spotcheck;

import cn.gov.lyg.enforcement.platform.mongo.MongoIndexContributor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Tasks, the insert-only draw logs and the frozen populations of the draws. */
@Repository
class SpotCheckStore implements MongoIndexContributor {

    static final String POPULATION = "draw_population";
    static final int CHUNK = 10_000;

    private final MongoTemplate mongo;

    SpotCheckStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void ensureIndexes(MongoTemplate template) {
        template.indexOps(SpotCheckTask.COLLECTION).createIndex(new Index().on("taskCode", Sort.Direction.ASC)
                .unique().named("uk_task_code"));
        template.indexOps(SpotCheckTask.COLLECTION).createIndex(new Index().on("agencyCode", Sort.Direction.ASC)
                .named("ix_agency"));
        template.indexOps(DrawLog.COLLECTION).createIndex(new Index().on("agencyCode", Sort.Direction.ASC)
                .on("recordedAt", Sort.Direction.DESC).named("ix_agency_recorded"));
        template.indexOps(POPULATION).createIndex(new Index().on("taskId", Sort.Direction.ASC)
                .on("chunk", Sort.Direction.ASC).named("ix_task_chunk"));
    }

    SpotCheckTask save(SpotCheckTask task) {
        return mongo.save(task);
    }

    Optional<SpotCheckTask> task(String id) {
        return Optional.ofNullable(mongo.findById(id, SpotCheckTask.class));
    }

    long countTasks(String agencyCode, String codePrefix) {
        return mongo.count(new Query(Criteria.where("agencyCode").is(agencyCode).and("taskCode")
                .regex("^" + java.util.regex.Pattern.quote(codePrefix))), SpotCheckTask.class);
    }

    Page<SpotCheckTask> tasks(Criteria criteria, Pageable pageable) {
        Query query = new Query(criteria);
        long total = mongo.count(query, SpotCheckTask.class);
        return new PageImpl<>(mongo.find(Query.of(query).with(pageable), SpotCheckTask.class), pageable, total);
    }

    /** Inserts the log; a second insert for the task fails (the log is immutable). */
    void insert(DrawLog log) {
        mongo.insert(log);
    }

    Optional<DrawLog> log(String taskId) {
        return Optional.ofNullable(mongo.findById(taskId, DrawLog.class));
    }

    List<DrawLog> recentLogs(String agencyCode, int limit) {
        return mongo.find(new Query(Criteria.where("agencyCode").is(agencyCode))
                .with(Sort.by(Sort.Direction.DESC, "recordedAt")).limit(limit), DrawLog.class);
    }

    /** Stores the frozen population as {@code <uscc>,<class>} lines in chunks. */
    void insertPopulation(String taskId, List<String> lines) {
        List<Document> docs = new ArrayList<>();
        for (int i = 0, chunk = 0; i < lines.size(); i += CHUNK, chunk++) {
            docs.add(new Document("_id", taskId + ":" + chunk).append("taskId", taskId).append("chunk", chunk)
                    .append("members", lines.subList(i, Math.min(lines.size(), i + CHUNK))));
        }
        if (!docs.isEmpty()) {
            mongo.getCollection(POPULATION).insertMany(docs);
        }
    }

    List<String> population(String taskId) {
        List<String> lines = new ArrayList<>();
        mongo.find(new Query(Criteria.where("taskId").is(taskId)).with(Sort.by("chunk")), Document.class, POPULATION)
                .forEach(d -> lines.addAll(d.getList("members", String.class)));
        return lines;
    }
}
