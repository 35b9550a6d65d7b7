package cn.gov.lyg.enforcement.personnel.eligibility;

import cn.gov.lyg.enforcement.personnel.certificate.Certificate;
import cn.gov.lyg.enforcement.personnel.officer.Officer;
import cn.gov.lyg.enforcement.platform.readmodel.MirrorWriteHook;
import org.springframework.context.annotation.Lazy;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Applies this instance's officer and certificate writes to the {@link EligibilityReadModel} before the write returns
 * (read-your-writes), with the platform's {@link MirrorWriteHook}: the model gets a detached copy read from the saved
 * document, without outbox and review records. If applying fails the write still stands and the periodic refresh
 * brings it in.
 */
public final class EligibilityWriteHooks {

    private EligibilityWriteHooks() {
    }

    /** Officer writes. */
    @Component
    public static class Officers extends MirrorWriteHook<Officer> {

        public Officers(EligibilityReadModel model, @Lazy MongoTemplate mongo) {
            super(Officer.class, model.officers()::apply, mongo::getConverter);
        }
    }

    /** Certificate writes (the annual review records stay out of the model, as in its sync). */
    @Component
    public static class Certificates extends MirrorWriteHook<Certificate> {

        public Certificates(EligibilityReadModel model, @Lazy MongoTemplate mongo) {
            super(Certificate.class, model.certificates()::apply, mongo::getConverter, "reviews");
        }
    }
}
