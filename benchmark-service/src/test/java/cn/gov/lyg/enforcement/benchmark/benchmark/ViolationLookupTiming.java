package cn.gov.lyg.enforcement.benchmark.benchmark;

import cn.gov.lyg.enforcement.benchmark.application.LookBackTiming;
import cn.gov.lyg.enforcement.events.vocabulary.PenaltyKind;
import cn.gov.lyg.enforcement.platform.readmodel.VersionedMirror;
import cn.gov.lyg.enforcement.platform.test.EmbeddedMongo;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Not a test (no assertion, no timing in the test run): {@code perf/benchmark-lookups.sh} runs it. Times the lookup of
 * the benchmark applying to a violation code the way it was served before (a MongoDB query per request, every
 * matching version converted: {@link PublishedBenchmarks} with the model not loaded) and through the model's index of
 * violation codes, on the same data in an in-process MongoDB-wire server; then the first-violation look-back
 * ({@link LookBackTiming}).
 *
 * <p>Arguments: benchmarks, entries per benchmark, lookups, applications (defaults 200 50 2000 100000).
 */
public final class ViolationLookupTiming {

    private ViolationLookupTiming() {
    }

    public static void main(String[] args) {
        int benchmarks = arg(args, 0, 200);
        int entries = arg(args, 1, 50);
        int lookups = arg(args, 2, 2000);
        int applications = arg(args, 3, 100_000);
        try (MongoClient client = MongoClients.create(EmbeddedMongo.get().uri())) {
            MongoTemplate mongo = new MongoTemplate(client, "timing");
            BenchmarkStore store = new BenchmarkStore(mongo);
            List<BenchmarkDocument> docs = new ArrayList<>();
            LocalDate from = LocalDate.of(2025, 1, 1);
            for (int b = 0; b < benchmarks; b++) {
                DiscretionBenchmark d = DiscretionBenchmark.draft("v-" + b, "b-" + b, "基准 " + b, Entries.AGENCY,
                        "320706", BenchmarkLevel.COUNTY, null, "MARKET", "海市监〔2025〕" + b + "号",
                        ComputationModel.A);
                for (int e = 0; e < entries; e++) {
                    d.addEntry(Entries.entry("X-" + b + "-" + e, "中华人民共和国食品安全法", "125",
                            FineFormula.fixedRange(5_000, 50_000), Set.of(PenaltyKind.FINE), Set.of(), List.of()));
                }
                Entries.approve(d, from);
                d.publish(from.minusDays(10), from, null, java.util.Optional.empty());
                docs.add(BenchmarkDocument.of(d));
            }
            mongo.insertAll(docs);
            VersionedMirror<PublishedBenchmarksModel.MirroredVersion> empty =
                    new PublishedBenchmarksModel().benchmarkVersionsMirror();
            VersionedMirror<PublishedBenchmarksModel.MirroredVersion> loaded =
                    new PublishedBenchmarksModel().benchmarkVersionsMirror();
            loaded.replaceAll(docs.stream().map(PublishedBenchmarksModel.MirroredVersion::of).toList(), 0);
            PublishedBenchmarks byQuery = new PublishedBenchmarks(store, empty);
            PublishedBenchmarks byIndex = new PublishedBenchmarks(store, loaded);
            Random random = new Random(42);
            Supplier<String> code = () -> "X-" + random.nextInt(benchmarks) + "-" + random.nextInt(entries);
            System.out.printf("violationCode lookup, %d published benchmarks × %d entries, %d lookups%n", benchmarks,
                    entries, lookups);
            report("  before: query per request", time(lookups, () -> byQuery.byViolation(code.get(),
                    Entries.AGENCY, "320706").orElseThrow()));
            report("  after:  model index      ", time(lookups, () -> byIndex.byViolation(code.get(),
                    Entries.AGENCY, "320706").orElseThrow()));
            LookBackTiming.run(mongo, applications, lookups);
        }
    }

    static int arg(String[] args, int i, int fallback) {
        return args.length > i ? Integer.parseInt(args[i]) : fallback;
    }

    /** Runs {@code task} a fifth of {@code n} times to warm up, then {@code n} times; the latencies in µs. */
    public static long[] time(int n, Runnable task) {
        for (int i = 0; i < Math.max(1, n / 5); i++) {
            task.run();
        }
        long[] micros = new long[n];
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            task.run();
            micros[i] = (System.nanoTime() - t) / 1_000;
        }
        return micros;
    }

    public static void report(String label, long[] micros) {
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElse(0);
        System.out.printf("%s mean %8.1f µs  p50 %6d µs  p99 %6d µs%n", label, mean, sorted[sorted.length / 2],
                sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)]);
    }
}
