package cn.gov.lyg.enforcement.inspection.draw;

import cn.gov.lyg.enforcement.inspection.entity.EntityType;
import cn.gov.lyg.enforcement.platform.identifier.RegionCodes;
import java.util.List;
import java.util.Set;

/**
 * The scope of a spot-check task: regions (a region covers its sub-regions, GB/T 2260 hierarchy), and optional
 * filters; an empty filter accepts everything.
 *
 * @param regionCodes at least one region
 * @param townshipCodes 9-digit township codes, empty for all
 * @param entityTypes entity types, empty for all
 * @param industryPrefixes GB/T 4754 code prefixes (e.g. {@code C14} 食品制造), empty for all
 * @param licences licence kinds of which an entity must hold at least one, empty for all
 * @param keySupervisionOnly only entities under key supervision (重点监管)
 */
public record PopulationFilter(List<String> regionCodes, Set<String> townshipCodes, Set<EntityType> entityTypes,
                               List<String> industryPrefixes, Set<String> licences, boolean keySupervisionOnly) {

    public PopulationFilter {
        if (regionCodes == null || regionCodes.isEmpty()) {
            throw new IllegalArgumentException("a spot-check scope needs at least one region");
        }
        regionCodes = List.copyOf(regionCodes);
        townshipCodes = townshipCodes == null ? Set.of() : Set.copyOf(townshipCodes);
        entityTypes = entityTypes == null ? Set.of() : Set.copyOf(entityTypes);
        industryPrefixes = industryPrefixes == null ? List.of() : List.copyOf(industryPrefixes);
        licences = licences == null ? Set.of() : Set.copyOf(licences);
    }

    public static PopulationFilter regions(String... regionCodes) {
        return new PopulationFilter(List.of(regionCodes), null, null, null, null, false);
    }

    public boolean matches(PopulationMember m, RegionCodes regions) {
        return coversRegion(m.regionCode(), regions) && matchesExceptRegion(m);
    }

    public boolean coversRegion(String regionCode, RegionCodes regions) {
        return regionCodes.stream().anyMatch(r -> regions.covers(r, regionCode));
    }

    public boolean matchesExceptRegion(PopulationMember m) {
        if (!townshipCodes.isEmpty() && !townshipCodes.contains(m.townshipCode())) {
            return false;
        }
        if (!entityTypes.isEmpty() && !entityTypes.contains(m.entityType())) {
            return false;
        }
        if (!industryPrefixes.isEmpty()
                && (m.industryCode() == null || industryPrefixes.stream().noneMatch(m.industryCode()::startsWith))) {
            return false;
        }
        if (!licences.isEmpty() && m.licences().stream().noneMatch(licences::contains)) {
            return false;
        }
        return !keySupervisionOnly || m.keySupervision();
    }
}
