package cn.gov.lyg.enforcement.benchmark.benchmark;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Raises REVIEW_REQUIRED on benchmark versions whose entries a catalog or law change touches (立改废, dynamic
 * adjustment): the entries citing the item or the provision are flagged, the version carries the reason, and a
 * {@code BenchmarkReviewRequired} event leaves with the same write. Superseded and repealed versions are history and
 * stay as they were. Flagging twice with the same reason changes nothing.
 */
@Component
public class ReviewFlags {

    private static final Logger log = LoggerFactory.getLogger(ReviewFlags.class);

    private final BenchmarkStore store;
    private final BenchmarkEvents events;

    ReviewFlags(BenchmarkStore store, BenchmarkEvents events) {
        this.store = store;
        this.events = events;
    }

    /** Entries whose catalog item is {@code itemId}; answers the number of versions flagged. */
    public int flagItem(String itemId, String reason) {
        return flag(store.citingItem(itemId), e -> itemId.equals(e.catalogItemId()), reason);
    }

    /** Entries citing {@code lawName} article {@code article} (violated or penalty provision). */
    public int flagProvision(String lawName, String article, String reason) {
        return flag(store.citingLaw(lawName), e -> e.cites(lawName, article), reason);
    }

    private int flag(List<BenchmarkDocument> candidates, Predicate<BenchmarkEntry> affects, String reason) {
        int flagged = 0;
        for (BenchmarkDocument d : candidates) {
            DiscretionBenchmark b = d.toDomain();
            if (b.status() == BenchmarkStatus.SUPERSEDED || b.status() == BenchmarkStatus.REPEALED) {
                continue;
            }
            List<String> entryIds = b.entries().stream().filter(affects)
                    .filter(e -> !e.reviewReasons().contains(reason)).map(BenchmarkEntry::entryId).toList();
            if (!b.flagReview(reason, affects)) {
                continue;
            }
            d.update(b);
            d.note("BENCHMARK_REVIEW_REQUIRED", Map.of("reason", reason, "entries", entryIds));
            events.reviewRequired(d, b, reason, entryIds);
            store.save(d);
            flagged++;
            log.info("benchmark version {} ({}) flagged for review: {} ({} entries)", b.versionId(), b.title(), reason,
                    entryIds.size());
        }
        return flagged;
    }
}
