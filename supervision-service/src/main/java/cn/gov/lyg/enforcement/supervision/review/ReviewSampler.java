package cn.gov.lyg.enforcement.supervision.review;

import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Seeded, reproducible sampling of closed case files. The population is first sorted by case id (so the order the
 * register returns them in does not matter), then a Fisher–Yates shuffle driven by {@link Random} with the batch seed
 * (its algorithm is fixed by the Java specification) picks the first n. Same seed + same population → same sample.
 */
public final class ReviewSampler {

    /** How the draw is made, shown with every recorded draw so that anyone can recompute it. */
    public static final String ALGORITHM = "population sorted by caseId (agencyCode:caseNo), distinct; populationHash ="
            + " SHA-256 over each caseId + '\\n' in that order; AUTO_TOTAL: Fisher-Yates over the sorted list driven by"
            + " java.util.Random(seed), positions i = 0..n-1 swapped with i + nextInt(size - i), the first n taken;"
            + " AUTO_PER_AGENCY: the same per agency in agency-code order with one Random(seed); n = count, or"
            + " ceil(ratio x size), at least 1, at most size";

    private ReviewSampler() {
    }

    public static Sample draw(List<SampleCandidate> population, SamplingSpec spec) {
        List<SampleCandidate> sorted = population.stream().distinct()
                .sorted(Comparator.comparing(SampleCandidate::caseId)).toList();
        String hash = populationHash(sorted);
        if (spec.mode() == null) {
            throw ApiException.invalid("SAMPLING_INVALID", List.of(FieldViolation.of("sampling.mode", "SAMPLING_INVALID")));
        }
        List<String> picked = switch (spec.mode()) {
            case MANUAL -> manual(sorted, spec.manualCaseIds());
            case AUTO_TOTAL -> shuffledTake(sorted, size(sorted.size(), spec), new Random(spec.seed()));
            case AUTO_PER_AGENCY -> perAgency(sorted, spec);
        };
        if (picked.isEmpty()) {
            throw ApiException.conflict("SAMPLE_EMPTY");
        }
        return new Sample(picked, spec.seed(), sorted.size(), hash);
    }

    public static String populationHash(List<SampleCandidate> population) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            population.stream().map(SampleCandidate::caseId).sorted().distinct()
                    .forEach(id -> md.update((id + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> perAgency(List<SampleCandidate> sorted, SamplingSpec spec) {
        Map<String, List<SampleCandidate>> byAgency = new TreeMap<>();
        sorted.forEach(c -> byAgency.computeIfAbsent(c.agencyCode(), k -> new ArrayList<>()).add(c));
        Random random = new Random(spec.seed());
        List<String> picked = new ArrayList<>();
        byAgency.values().forEach(files -> picked.addAll(shuffledTake(files, size(files.size(), spec), random)));
        return picked;
    }

    static int size(int population, SamplingSpec spec) {
        boolean hasCount = spec.count() != null;
        boolean hasRatio = spec.ratio() != null;
        if (hasCount == hasRatio) {
            throw ApiException.invalid("SAMPLING_INVALID",
                    List.of(FieldViolation.of("sampling.count", "SAMPLING_COUNT_OR_RATIO")));
        }
        if (hasCount) {
            if (spec.count() < 1) {
                throw ApiException.invalid("SAMPLING_INVALID",
                        List.of(FieldViolation.of("sampling.count", "SAMPLING_INVALID")));
            }
            return Math.min(spec.count(), population);
        }
        if (spec.ratio().signum() <= 0 || spec.ratio().compareTo(BigDecimal.ONE) > 0) {
            throw ApiException.invalid("SAMPLING_INVALID",
                    List.of(FieldViolation.of("sampling.ratio", "SAMPLING_INVALID")));
        }
        if (population == 0) {
            return 0;
        }
        int n = BigDecimal.valueOf(population).multiply(spec.ratio()).setScale(0, RoundingMode.CEILING).intValue();
        return Math.max(1, Math.min(n, population));
    }

    private static List<String> shuffledTake(List<SampleCandidate> sorted, int n, Random random) {
        List<String> ids = new ArrayList<>(sorted.stream().map(SampleCandidate::caseId).toList());
        for (int i = 0; i < n; i++) {
            int j = i + random.nextInt(ids.size() - i);
            String tmp = ids.get(i);
            ids.set(i, ids.get(j));
            ids.set(j, tmp);
        }
        return List.copyOf(ids.subList(0, n));
    }

    private static List<String> manual(List<SampleCandidate> sorted, List<String> manualCaseIds) {
        if (manualCaseIds == null || manualCaseIds.isEmpty()) {
            throw ApiException.invalid("SAMPLING_INVALID",
                    List.of(FieldViolation.of("sampling.manualCaseIds", "SAMPLING_INVALID")));
        }
        Set<String> population = new LinkedHashSet<>(sorted.stream().map(SampleCandidate::caseId).toList());
        List<FieldViolation> errors = new ArrayList<>();
        for (int i = 0; i < manualCaseIds.size(); i++) {
            if (!population.contains(manualCaseIds.get(i))) {
                errors.add(FieldViolation.of("sampling.manualCaseIds[" + i + "]", "SAMPLE_CASE_NOT_ELIGIBLE"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid("SAMPLE_CASE_NOT_ELIGIBLE", errors);
        }
        return List.copyOf(new LinkedHashSet<>(manualCaseIds));
    }
}
