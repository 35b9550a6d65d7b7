package cn.gov.lyg.enforcement.personnel.agency;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the Lianyungang reference agencies (DOMAIN.md §3.2) into an empty register, in file order (judicial bureaus
 * first, so that every agency's supervising bureau exists). Idempotent; switch off with
 * {@code personnel.reference-agencies.enabled=false}.
 */
@Component
@ConditionalOnProperty(name = "personnel.reference-agencies.enabled", havingValue = "true", matchIfMissing = true)
public class ReferenceAgencySeeder implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ReferenceAgencySeeder.class);
    private final AgencyStore store;
    private final JsonMapper json;

    public ReferenceAgencySeeder(AgencyStore store, JsonMapper json) {
        this.store = store;
        this.json = json;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (store.count() > 0) {
            return;
        }
        try (InputStream in = new ClassPathResource("reference/agencies.json").getInputStream()) {
            List<AgencyRequest> agencies = json.readValue(in, new TypeReference<List<AgencyRequest>>() { });
            agencies.forEach(a -> store.save(Agency.register(a)));
            log.info("loaded {} reference agencies", agencies.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
