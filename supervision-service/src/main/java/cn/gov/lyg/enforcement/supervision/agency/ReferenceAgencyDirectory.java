package cn.gov.lyg.enforcement.supervision.agency;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The agencies of the reference file {@code reference/agencies.json} (DOMAIN.md §3.2), read once at start-up. */
@Component
public class ReferenceAgencyDirectory implements AgencyDirectory {

    private final Map<String, AgencyRef> agencies;

    public ReferenceAgencyDirectory(JsonMapper json) {
        try (InputStream in = new ClassPathResource("reference/agencies.json").getInputStream()) {
            List<AgencyRef> list = json.readValue(in, new TypeReference<List<AgencyRef>>() { });
            agencies = list.stream().collect(Collectors.toMap(AgencyRef::agencyCode, Function.identity()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference/agencies.json", e);
        }
    }

    @Override
    public Optional<AgencyRef> find(String agencyCode) {
        return agencyCode == null ? Optional.empty() : Optional.ofNullable(agencies.get(agencyCode));
    }
}
