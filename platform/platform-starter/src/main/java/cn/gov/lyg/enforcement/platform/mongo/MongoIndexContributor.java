package cn.gov.lyg.enforcement.platform.mongo;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Declares the indexes a feature needs (unique business keys first). All contributors run at start-up, before the
 * service reports ready; an index that cannot be created fails the start.
 */
public interface MongoIndexContributor {

    void ensureIndexes(MongoTemplate mongo);
}
