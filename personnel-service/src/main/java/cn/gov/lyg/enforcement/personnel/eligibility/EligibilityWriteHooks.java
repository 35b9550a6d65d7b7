package cn.gov.lyg.enforcement.personnel.eligibility;

import cn.gov.lyg.enforcement.personnel.certificate.Certificate;
import cn.gov.lyg.enforcement.personnel.officer.Officer;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.Ordered;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveCallback;
import org.springframework.stereotype.Component;

/**
 * Applies this instance's officer and certificate writes to the {@link EligibilityReadModel} before the write returns
 * (read-your-writes). The model gets a detached copy read from the saved document, without outbox and review
 * records: the entity itself stays with the code that saved it and may be changed again. If applying fails the
 * write still stands and the periodic refresh brings it in.
 */
public final class EligibilityWriteHooks {

    private static final Logger log = LoggerFactory.getLogger(EligibilityWriteHooks.class);

    private EligibilityWriteHooks() {
    }

    private static Document stripped(Document saved, String... fields) {
        Document copy = new Document(saved);
        copy.remove("outbox");
        for (String field : fields) {
            copy.remove(field);
        }
        return copy;
    }

    /** Officer writes. */
    @Component
    public static class Officers implements AfterSaveCallback<Officer>, Ordered {

        private final EligibilityReadModel model;
        private final MongoTemplate mongo;

        public Officers(EligibilityReadModel model, @Lazy MongoTemplate mongo) {
            this.model = model;
            this.mongo = mongo;
        }

        @Override
        public Officer onAfterSave(Officer officer, Document document, String collection) {
            try {
                model.officers().apply(mongo.getConverter().read(Officer.class, stripped(document)));
            } catch (RuntimeException e) {
                log.warn("eligibility model: cannot apply the write of officer {}: {}", officer.getId(), e.toString());
            }
            return officer;
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE - 1;
        }
    }

    /** Certificate writes. */
    @Component
    public static class Certificates implements AfterSaveCallback<Certificate>, Ordered {

        private final EligibilityReadModel model;
        private final MongoTemplate mongo;

        public Certificates(EligibilityReadModel model, @Lazy MongoTemplate mongo) {
            this.model = model;
            this.mongo = mongo;
        }

        @Override
        public Certificate onAfterSave(Certificate certificate, Document document, String collection) {
            try {
                model.certificates().apply(mongo.getConverter().read(Certificate.class, stripped(document, "reviews")));
            } catch (RuntimeException e) {
                log.warn("eligibility model: cannot apply the write of certificate {}: {}", certificate.getId(),
                        e.toString());
            }
            return certificate;
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE - 1;
        }
    }
}
