package cn.gov.lyg.enforcement.benchmark.benchmark;

import cn.gov.lyg.enforcement.platform.security.DataScope;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import cn.gov.lyg.enforcement.platform.readmodel.VersionedMirror;
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
    private final VersionedMirror<PublishedBenchmarksModel.MirroredVersion> mirror;
    /** entry id → benchmark id: an entry keeps its id across the versions of its benchmark, never moves to another. */
    private final Map<String, String> benchmarkOfEntry = new ConcurrentHashMap<>();
    private volatile ViolationIndex index;

    PublishedBenchmarks(BenchmarkStore store, VersionedMirror<PublishedBenchmarksModel.MirroredVersion> mirror) {
        this.store = store;
        this.mirror = mirror;
    }

    /** The benchmark's published versions and the violation code, for an entry id. */
    public Optional<Applicable> byEntry(String entryId) {
        String benchmarkId = benchmarkOfEntry.get(entryId);
        if (benchmarkId == null) {
            benchmarkId = store.publishedWithEntry(entryId).map(BenchmarkDocument::getBenchmarkId).orElse(null);
            if (benchmarkId == null) {
                return Optional.empty();
            }
            benchmarkOfEntry.put(entryId, benchmarkId);
        }
        List<DiscretionBenchmark> versions = publishedVersions(benchmarkId);
        return versions.stream().flatMap(v -> v.entry(entryId).stream()).findFirst()
                .map(e -> new Applicable(versions, e.violationCode()));
    }

    /**
     * The benchmark applying to a violation for an agency. Served from the in-memory model through an index of
     * violation codes (rebuilt when the model changed), not by a query per request; the store answers only while the
     * model is not loaded yet.
     */
    public Optional<Applicable> byViolation(String violationCode, String agencyCode, String agencyRegion) {
        List<List<DiscretionBenchmark>> candidates;
        if (mirror.isLoaded()) {
            candidates = violationIndex().getOrDefault(violationCode, List.of()).stream()
                    .map(this::publishedVersions).filter(vs -> !vs.isEmpty()).toList();
        } else {
            candidates = store.publishedWithViolation(violationCode).stream()
                    .collect(Collectors.groupingBy(BenchmarkDocument::getBenchmarkId)).keySet().stream()
                    .map(this::publishedVersions).filter(vs -> !vs.isEmpty()).toList();
        }
        Comparator<List<DiscretionBenchmark>> specific = Comparator
                .comparing((List<DiscretionBenchmark> vs) -> vs.get(0).issuingAgencyCode().equals(agencyCode) ? 0 : 1)
                .thenComparing(vs -> -vs.get(0).level().ordinal());
        return candidates.stream()
                .filter(vs -> vs.get(0).issuingAgencyCode().equals(agencyCode)
                        || DataScope.covers(vs.get(0).regionCode(), agencyRegion))
                .min(specific)
                .map(vs -> new Applicable(vs, violationCode));
    }

    /** violation code → ids of the benchmarks with a published version holding it, as of the model's generation. */
    private Map<String, List<String>> violationIndex() {
        ViolationIndex current = index;
        long generation = mirror.generation();
        if (current != null && current.generation() == generation) {
            return current.byCode();
        }
        Map<String, java.util.Set<String>> byCode = new java.util.HashMap<>();
        for (PublishedBenchmarksModel.MirroredVersion v : mirror.values()) {
            if (v.benchmark().status().published()) {
                v.benchmark().entries().forEach(e -> byCode.computeIfAbsent(e.violationCode(),
                        k -> new java.util.TreeSet<>()).add(v.benchmarkId()));
            }
        }
        Map<String, List<String>> frozen = new java.util.HashMap<>();
        byCode.forEach((code, ids) -> frozen.put(code, List.copyOf(ids)));
        index = new ViolationIndex(generation, Map.copyOf(frozen));
        return index.byCode();
    }

    private record ViolationIndex(long generation, Map<String, List<String>> byCode) {
    }

    private List<DiscretionBenchmark> publishedVersions(String benchmarkId) {
        if (mirror.isLoaded()) {
            return mirror.group(benchmarkId).stream().map(PublishedBenchmarksModel.MirroredVersion::benchmark)
                    .filter(b -> b.status().published())
                    .sorted(Comparator.comparingInt(DiscretionBenchmark::versionNo)).toList();
        }
        return store.versions(benchmarkId).stream().filter(d -> d.getStatus().published())
                .map(BenchmarkDocument::toDomain).toList();
    }

    /** The versions of one benchmark and the violation code to look up in them. */
    public record Applicable(List<DiscretionBenchmark> versions, String violationCode) {
    }
}
