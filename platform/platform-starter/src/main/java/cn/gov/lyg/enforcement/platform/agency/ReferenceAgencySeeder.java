package cn.gov.lyg.enforcement.platform.agency;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ResourceLoader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the reference agencies into an empty {@link AgencyDirectory} at start-up, so that the service's checks work
 * before the first agency event from personnel-service arrives; an event always replaces such an entry (it has no
 * source version). Idempotent (a directory with any entry is left alone); switch off with
 * {@code enforcement.agency-directory.reference.enabled=false} where the service must know only what personnel
 * announced.
 */
public class ReferenceAgencySeeder implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ReferenceAgencySeeder.class);
    private final AgencyDirectory directory;
    private final ResourceLoader resources;
    private final String location;
    private final JsonMapper json;

    public ReferenceAgencySeeder(AgencyDirectory directory, ResourceLoader resources, String location,
                                 JsonMapper json) {
        this.directory = directory;
        this.resources = resources;
        this.location = location;
        this.json = json;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (directory.count() > 0) {
            return;
        }
        List<ReferenceAgencies.Entry> entries = ReferenceAgencies.entries(resources, location, json);
        entries.forEach(entry -> directory.save(entry.toDirectoryEntry()));
        log.info("agency directory: loaded {} reference agencies from {}", entries.size(), location);
    }
}
