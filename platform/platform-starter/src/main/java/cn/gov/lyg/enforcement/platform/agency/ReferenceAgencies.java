package cn.gov.lyg.enforcement.platform.agency;

import cn.gov.lyg.enforcement.events.vocabulary.AdminLevel;
import cn.gov.lyg.enforcement.events.vocabulary.AgencyKind;
import cn.gov.lyg.enforcement.events.vocabulary.EnforcementDomain;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Lianyungang reference agencies (DOMAIN.md §3.2), shipped once for every service at {@link #LOCATION}: personnel
 * registers them into its register (and announces them), the other services seed their {@link AgencyDirectory} from
 * them until personnel's first agency event arrives. Judicial bureaus come first, so that every agency's supervising
 * bureau precedes it.
 */
public final class ReferenceAgencies {

    /** Where the reference file lives on the classpath. */
    public static final String LOCATION = "classpath:cn/gov/lyg/enforcement/platform/agency/reference-agencies.json";

    private ReferenceAgencies() {
    }

    /** One agency of the reference file, in the shape personnel registers it (fields not needed here are ignored). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entry(String uscc, String name, AgencyKind agencyKind, AdminLevel adminLevel, String regionCode,
                        String townshipCode, String parentAgencyCode, String supervisingJusticeBureauCode,
                        Set<EnforcementDomain> domains) {

        Agency toDirectoryEntry() {
            return new Agency(uscc, name, regionCode, agencyKind, adminLevel, domains, true,
                    supervisingJusticeBureauCode, parentAgencyCode, townshipCode, null);
        }
    }

    /** Reads a reference file into the given type (personnel reads it into its registration request). */
    public static <T> List<T> read(ResourceLoader resources, String location, JsonMapper json, Class<T> type) {
        Resource resource = resources.getResource(location);
        try (InputStream in = resource.getInputStream()) {
            return json.readValue(in, json.getTypeFactory().constructCollectionType(List.class, type));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the reference agencies at " + location, e);
        }
    }

    static List<Entry> entries(ResourceLoader resources, String location, JsonMapper json) {
        return read(resources, location, json, Entry.class);
    }

}
