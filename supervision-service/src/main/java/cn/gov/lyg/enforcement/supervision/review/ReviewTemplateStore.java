package cn.gov.lyg.enforcement.supervision.review;

import cn.gov.lyg.enforcement.platform.mongo.MongoIndexContributor;
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

/** Persistence of scoring-template versions (one document per template id and version). */
@Repository
class ReviewTemplateStore implements MongoIndexContributor {

    private final MongoTemplate mongo;

    ReviewTemplateStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void ensureIndexes(MongoTemplate template) {
        template.indexOps(ScoringTemplateVersion.COLLECTION).createIndex(new Index()
                .on("templateId", Sort.Direction.ASC).on("templateVersion", Sort.Direction.ASC).unique()
                .named("uk_template_version"));
    }

    ScoringTemplateVersion save(ScoringTemplateVersion t) {
        return mongo.save(t);
    }

    ScoringTemplateVersion insert(ScoringTemplateVersion t) {
        return mongo.insert(t);
    }

    Optional<ScoringTemplateVersion> find(String templateId, int version) {
        return Optional.ofNullable(mongo.findById(ScoringTemplateVersion.idOf(templateId, version),
                ScoringTemplateVersion.class));
    }

    int latestVersion(String templateId) {
        ScoringTemplateVersion last = mongo.findOne(new Query(Criteria.where("templateId").is(templateId))
                .with(Sort.by(Sort.Direction.DESC, "templateVersion")).limit(1), ScoringTemplateVersion.class);
        return last == null ? 0 : last.getTemplateVersion();
    }

    List<ScoringTemplateVersion> approved(String templateId) {
        return mongo.find(new Query(Criteria.where("templateId").is(templateId).and("status")
                .is(TemplateStatus.APPROVED)), ScoringTemplateVersion.class);
    }

    Optional<ScoringTemplateVersion> latestApproved(String templateId) {
        return Optional.ofNullable(mongo.findOne(new Query(Criteria.where("templateId").is(templateId)
                .and("status").is(TemplateStatus.APPROVED)).with(Sort.by(Sort.Direction.DESC, "templateVersion"))
                .limit(1), ScoringTemplateVersion.class));
    }

    Page<ScoringTemplateVersion> search(String templateId, TemplateStatus status, Pageable pageable) {
        Criteria c = new Criteria();
        if (templateId != null) {
            c = c.and("templateId").is(templateId);
        }
        if (status != null) {
            c = c.and("status").is(status);
        }
        Query query = new Query(c);
        long total = mongo.count(query, ScoringTemplateVersion.class);
        return new PageImpl<>(mongo.find(Query.of(query).with(pageable), ScoringTemplateVersion.class), pageable,
                total);
    }
}
