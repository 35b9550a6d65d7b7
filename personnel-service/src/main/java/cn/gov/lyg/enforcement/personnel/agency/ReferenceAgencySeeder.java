package cn.gov.lyg.enforcement.personnel.agency;

import cn.gov.lyg.enforcement.platform.agency.ReferenceAgencies;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ResourceLoader;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the Lianyungang reference agencies (DOMAIN.md §3.2, the platform's {@link ReferenceAgencies} file, which the
 * other services' agency directories start from as well) into the register, in file order (judicial bureaus
 * first, so that every agency's supervising bureau exists): each reference agency that is missing is registered,
 * which announces it once with {@code AgencyRegistered} (actor {@code system}), so that consumers of
 * {@code personnel.agencies.v1} can build their directory from the topic. Agencies registered before agency events
 * existed are announced once too. Idempotent on every start (an agency present and announced is left alone; with
 * several instances the unique credit code and the version let one win); switch off with
 * {@code personnel.reference-agencies.enabled=false}.
 */
@Component
@ConditionalOnProperty(name = "personnel.reference-agencies.enabled", havingValue = "true", matchIfMissing = true)
public class ReferenceAgencySeeder implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ReferenceAgencySeeder.class);
    private final AgencyStore store;
    private final JsonMapper json;
    private final Clock clock;
    private final ResourceLoader resources;

    public ReferenceAgencySeeder(AgencyStore store, JsonMapper json, Clock clock, ResourceLoader resources) {
        this.store = store;
        this.json = json;
        this.clock = clock;
        this.resources = resources;
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<AgencyRequest> reference = ReferenceAgencies.read(resources, ReferenceAgencies.LOCATION, json,
                AgencyRequest.class);
        Set<String> present = store.findByCodes(reference.stream().map(AgencyRequest::uscc).toList()).keySet()
                .stream().collect(Collectors.toSet());
        int registered = 0;
        for (AgencyRequest agency : reference) {
            if (present.contains(agency.uscc())) {
                continue;
            }
            try {
                store.save(Agency.register(agency, Agency.SYSTEM, clock));
                registered++;
            } catch (DuplicateKeyException e) {
                log.debug("reference agency {} registered concurrently", agency.uscc());
            }
        }
        int announced = 0;
        for (Agency agency : store.unannounced()) {
            try {
                if (agency.announce(Agency.SYSTEM, clock)) {
                    store.save(agency);
                    announced++;
                }
            } catch (OptimisticLockingFailureException e) {
                log.debug("agency {} announced concurrently", agency.getUscc());
            }
        }
        log.info("reference agencies: {} registered, {} earlier agencies announced", registered, announced);
    }
}
