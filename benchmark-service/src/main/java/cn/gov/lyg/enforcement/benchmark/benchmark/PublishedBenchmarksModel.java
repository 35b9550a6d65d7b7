package cn.gov.lyg.enforcement.benchmark.benchmark;

import cn.gov.lyg.enforcement.platform.readmodel.MirrorSettings;
import cn.gov.lyg.enforcement.platform.readmodel.MirrorWriteHook;
import cn.gov.lyg.enforcement.platform.readmodel.MongoMirrorSync;
import cn.gov.lyg.enforcement.platform.readmodel.VersionedMirror;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The benchmark versions in memory, grouped by benchmark, for the recommendation path (a case-handling system calls it
 * before every decision): loaded at start-up, this instance's writes applied at once, other instances' writes by the
 * periodic refresh ({@code enforcement.benchmark.model.*}, platform {@link MongoMirrorSync}).
 */
@Configuration(proxyBeanMethods = false)
public class PublishedBenchmarksModel {

    /** One version as the model keeps it. */
    public record MirroredVersion(String versionId, long version, String benchmarkId, DiscretionBenchmark benchmark) {

        static MirroredVersion of(BenchmarkDocument d) {
            return new MirroredVersion(d.getId(), d.getVersion() == null ? 0 : d.getVersion(), d.getBenchmarkId(),
                    d.toDomain());
        }
    }

    @Bean
    VersionedMirror<MirroredVersion> benchmarkVersionsMirror() {
        return new VersionedMirror<>(MirroredVersion::versionId, MirroredVersion::version, MirroredVersion::benchmarkId);
    }

    @Bean
    MongoMirrorSync<BenchmarkDocument, MirroredVersion> benchmarkVersionsSync(MongoTemplate mongo,
            VersionedMirror<MirroredVersion> mirror, MeterRegistry meters, Environment environment) {
        return new MongoMirrorSync<>("benchmark-versions", mongo, BenchmarkDocument.class, MirroredVersion::of, mirror,
                MirrorSettings.bind(environment, "enforcement.benchmark.model"), meters);
    }

    /** Read-your-writes: a saved version reaches the model before the request returns. */
    @Component
    static class BenchmarkWrites extends MirrorWriteHook<BenchmarkDocument> {

        BenchmarkWrites(VersionedMirror<MirroredVersion> mirror, @Lazy MongoTemplate mongo) {
            super(BenchmarkDocument.class, d -> mirror.apply(MirroredVersion.of(d)), mongo::getConverter);
        }
    }
}
