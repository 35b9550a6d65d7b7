package cn.gov.lyg.enforcement.personnel.eligibility;

import cn.gov.lyg.enforcement.personnel.certificate.Certificate;
import cn.gov.lyg.enforcement.personnel.officer.Officer;
import cn.gov.lyg.enforcement.platform.readmodel.MirrorSettings;
import cn.gov.lyg.enforcement.platform.readmodel.MongoMirrorSync;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.Function;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Wires the {@link EligibilityReadModel}: two platform syncs (models {@code personnel-officers} and
 * {@code personnel-certificates}, settings {@code personnel.eligibility.read-model.*}; {@code enabled=false} makes
 * every check read MongoDB).
 */
@Configuration(proxyBeanMethods = false)
public class EligibilityReadModelConfiguration {

    static final String SETTINGS = "personnel.eligibility.read-model";

    @Bean
    public EligibilityReadModel eligibilityReadModel() {
        return new EligibilityReadModel();
    }

    @Bean
    public MongoMirrorSync<Officer, Officer> officerMirrorSync(MongoTemplate mongo, EligibilityReadModel model,
                                                               MeterRegistry meters, Environment environment) {
        return new MongoMirrorSync<>("personnel-officers", mongo, Officer.class, Function.identity(), model.officers(),
                MirrorSettings.bind(environment, SETTINGS), meters);
    }

    @Bean
    public MongoMirrorSync<Certificate, Certificate> certificateMirrorSync(MongoTemplate mongo,
                                                                           EligibilityReadModel model,
                                                                           MeterRegistry meters,
                                                                           Environment environment) {
        return new MongoMirrorSync<>("personnel-certificates", mongo, Certificate.class, Function.identity(),
                model.certificates(), MirrorSettings.bind(environment, SETTINGS), meters, "reviews");
    }
}
