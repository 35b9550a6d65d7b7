package cn.gov.lyg.enforcement.benchmark.benchmark;

import cn.gov.lyg.enforcement.platform.security.DataScope;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Finds the published benchmark that applies to a decision: by entry id, or by violation code for an agency — the
 * agency's own benchmark first, else the most specific benchmark (county, then city, then province) of a region
 * covering the agency's (a lower agency applies the upper benchmark directly, 国办发〔2022〕27号). Answers every
 * published version of that benchmark, for 从旧兼从轻.
 */
@Component
public class PublishedBenchmarks {

    private final BenchmarkStore store;

    PublishedBenchmarks(BenchmarkStore store) {
        this.store = store;
    }

    /** The benchmark's published versions and the violation code, for an entry id. */
    public Optional<Applicable> byEntry(String entryId) {
        return store.publishedWithEntry(entryId).map(d -> {
            String code = d.toDomain().entry(entryId).orElseThrow().violationCode();
            return new Applicable(publishedVersions(d.getBenchmarkId()), code);
        });
    }

    public Optional<Applicable> byViolation(String violationCode, String agencyCode, String agencyRegion) {
        Map<String, List<BenchmarkDocument>> byBenchmark = store.publishedWithViolation(violationCode).stream()
                .collect(Collectors.groupingBy(BenchmarkDocument::getBenchmarkId));
        Comparator<List<BenchmarkDocument>> specific = Comparator
                .comparing((List<BenchmarkDocument> vs) -> vs.get(0).getIssuingAgencyCode().equals(agencyCode) ? 0 : 1)
                .thenComparing(vs -> -vs.get(0).toDomain().level().ordinal());
        return byBenchmark.values().stream()
                .filter(vs -> vs.get(0).getIssuingAgencyCode().equals(agencyCode)
                        || DataScope.covers(vs.get(0).getRegionCode(), agencyRegion))
                .min(specific)
                .map(vs -> new Applicable(publishedVersions(vs.get(0).getBenchmarkId()), violationCode));
    }

    private List<DiscretionBenchmark> publishedVersions(String benchmarkId) {
        return store.versions(benchmarkId).stream().filter(d -> d.getStatus().published())
                .map(BenchmarkDocument::toDomain).toList();
    }

    /** The versions of one benchmark and the violation code to look up in them. */
    public record Applicable(List<DiscretionBenchmark> versions, String violationCode) {
    }
}
