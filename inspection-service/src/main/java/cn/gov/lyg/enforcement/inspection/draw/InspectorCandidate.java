package cn.gov.lyg.enforcement.inspection.draw;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An entry of the inspector directory 执法检查人员名录库 as the draw sees it: the eligibility projection's verdict on
 * the draw date (assignable per personnel's rules, before domain and area) plus the facts the draw matches per entity.
 *
 * @param assignable the personnel verdict ignoring domain and area (status, validity, review, duty, agency)
 * @param domains the certificate's enforcement domains
 * @param areas the certificate's enforcement area (region codes; a code covers its sub-regions)
 * @param recusedUsccs entities the officer declared a conflict of interest with (回避)
 * @param fallback {@code true} for the county/city pool of the same system, used only when the agency's own pool is
 *     short (DOMAIN.md §2.3.3 step 4 [ASM])
 */
public record InspectorCandidate(String officerId, boolean assignable, Set<String> domains, List<String> areas,
                                 Set<String> recusedUsccs, boolean fallback) {

    public InspectorCandidate {
        Objects.requireNonNull(officerId, "officerId");
        domains = domains == null ? Set.of() : Set.copyOf(domains);
        areas = areas == null ? List.of() : List.copyOf(areas);
        recusedUsccs = recusedUsccs == null ? Set.of() : Set.copyOf(recusedUsccs);
    }
}
