package cn.gov.lyg.enforcement.catalog.agency;

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
 * Loads the reference agencies (DOMAIN.md §3.2) into the projection when it is empty, so that the catalog's checks
 * work before the first agency event from personnel-service arrives ({@link AgencyEventConsumer}); an event always
 * replaces such an entry (it has no source version). Idempotent; switch off with
 * {@code catalog.reference-agencies.enabled=false} where the catalog must know only what personnel-service announced.
 */
@Component
@ConditionalOnProperty(name = "catalog.reference-agencies.enabled", havingValue = "true", matchIfMissing = true)
public class ReferenceAgencySeeder implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ReferenceAgencySeeder.class);
    private final AgencyDirectory directory;
    private final JsonMapper json;

    public ReferenceAgencySeeder(AgencyDirectory directory, JsonMapper json) {
        this.directory = directory;
        this.json = json;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (directory.count() > 0) {
            return;
        }
        try (InputStream in = new ClassPathResource("reference/agencies.json").getInputStream()) {
            List<Agency> agencies = json.readValue(in, new TypeReference<List<Agency>>() { });
            agencies.forEach(directory::save);
            log.info("loaded {} reference agencies", agencies.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
