package cn.gov.lyg.enforcement.platform.mongo;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * MongoDB health with {@code {ping: 1}}, which every server answers; Boot's own indicator sends {@code hello},
 * which the embedded MongoDB-wire server lacks (STACK.md gotcha 4).
 */
public class PingMongoHealthIndicator extends AbstractHealthIndicator {

    private final MongoTemplate mongo;

    public PingMongoHealthIndicator(MongoTemplate mongo) {
        super("MongoDB health check failed");
        this.mongo = mongo;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Document result = mongo.executeCommand(new Document("ping", 1));
        builder.up().withDetail("database", mongo.getDb().getName()).withDetail("ok", result.get("ok"));
    }
}
