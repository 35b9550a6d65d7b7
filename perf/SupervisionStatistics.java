import cn.gov.lyg.enforcement.events.vocabulary.CaseMilestone;
import cn.gov.lyg.enforcement.events.vocabulary.ItemType;
import cn.gov.lyg.enforcement.events.vocabulary.PenaltyKind;
import cn.gov.lyg.enforcement.supervision.statistics.StatisticsCell;
import cn.gov.lyg.enforcement.supervision.statistics.StatisticsRules;
import cn.gov.lyg.enforcement.supervision.statistics.StatisticsTally;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.File;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Annual statistics over N case records in the MongoDB-wire database (mongo-java-server with the H2 file backend, as
 * the dev stack runs it, in this JVM on a random port): seeds N DECIDED penalty milestones of one year over 40
 * agencies directly into the database, then measures
 * <ol>
 *   <li>a FULL recompute: stream every decision of the year and count it with the service's {@code StatisticsRules}
 *       (heaviest kind, exact amounts) per agency;</li>
 *   <li>the INCREMENTAL path the service uses: the per-agency/year tallies ({@code StatisticsTally}, written through
 *       Spring Data like the consumer does), and a report = one tally read per agency.</li>
 * </ol>
 * Usage: java -Xmx1g -cp <supervision-service test classpath> perf/SupervisionStatistics.java [N] [dataDir]
 */
public class SupervisionStatistics {

    static final PenaltyKind[] KINDS = PenaltyKind.values();

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        File dir = new File(args.length > 1 ? args[1] : "perf/.data");
        dir.mkdirs();
        File file = new File(dir, "supervision-statistics-" + n + ".mv");
        file.delete();
        MongoServer server = new MongoServer(new H2Backend(file.getPath()));
        InetSocketAddress address = server.bind("127.0.0.1", 0);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            MongoCollection<Document> cases = client.getDatabase("supervision").getCollection("perf_cases");
            List<String> agencies = new ArrayList<>();
            for (int a = 0; a < 40; a++) {
                agencies.add(String.format("1132070630020%05d", a));
            }
            Random random = new Random(42);
            long t0 = System.nanoTime();
            List<Document> batch = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                List<String> kinds = new ArrayList<>();
                kinds.add("FINE");
                if (random.nextInt(5) == 0) {
                    kinds.add(KINDS[random.nextInt(KINDS.length)].name());
                }
                batch.add(new Document("_id", "c" + i).append("agencyCode", agencies.get(i % agencies.size()))
                        .append("decidedYear", 2025).append("decidedOn", "2025-06-01").append("penaltyKinds", kinds)
                        .append("fineAmount", new Decimal128(BigDecimal.valueOf(100 + random.nextInt(100_000), 2)))
                        .append("confiscationAmount", new Decimal128(BigDecimal.valueOf(random.nextInt(1000), 2))));
                if (batch.size() == 10_000) {
                    cases.insertMany(batch);
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) {
                cases.insertMany(batch);
            }
            long seeded = System.nanoTime();
            System.out.printf("seeded %,d case records in %.1f s%n", n, (seeded - t0) / 1e9);

            // 1. full recompute over every decision of the year
            long f0 = System.nanoTime();
            Map<String, StatisticsTally> tallies = new HashMap<>();
            long counted = 0;
            for (Document d : cases.find(Filters.eq("decidedYear", 2025)).batchSize(10_000)) {
                @SuppressWarnings("unchecked")
                List<PenaltyKind> kinds = ((List<String>) d.get("penaltyKinds")).stream().map(PenaltyKind::valueOf)
                        .toList();
                var c = StatisticsRules.contribution(ItemType.PENALTY, CaseMilestone.DECIDED,
                        LocalDate.of(2025, 6, 1), kinds, d.get("fineAmount", Decimal128.class).bigDecimalValue(),
                        d.get("confiscationAmount", Decimal128.class).bigDecimalValue(), null);
                String agency = d.getString("agencyCode");
                tallies.computeIfAbsent(agency, a -> StatisticsTally.empty(a, "320706", 2025))
                        .apply(d.getString("_id"), c);
                counted++;
            }
            long f1 = System.nanoTime();
            double full = (f1 - f0) / 1e9;
            System.out.printf("FULL recompute of %,d decisions (40 agencies): %.2f s%n", counted, full);

            // 2. incremental: the tallies as the consumer keeps them; a report reads one document
            MongoTemplate template = new MongoTemplate(client, "supervision");
            for (StatisticsTally t : tallies.values()) {
                StatisticsTally stored = StatisticsTally.empty(t.getAgencyCode(), "320706", 2025);
                Map<StatisticsCell, Long> counts = new EnumMap<>(StatisticsCell.class);
                for (StatisticsCell cell : StatisticsCell.values()) {
                    if (t.count(cell) > 0) {
                        counts.put(cell, t.count(cell));
                    }
                }
                stored.apply("seed", new StatisticsRules.Contribution(2025, counts, t.getAmountYuan()));
                template.save(stored);
            }
            long r0 = System.nanoTime();
            long total = 0;
            for (String agency : agencies) {
                total += template.findById(StatisticsTally.idOf(agency, 2025), StatisticsTally.class)
                        .count(StatisticsCell.PENALTY_TOTAL);
            }
            long r1 = System.nanoTime();
            double perReport = (r1 - r0) / 1e9 / agencies.size();
            System.out.printf("INCREMENTAL report (one tally read): %.4f s per agency, 40 reports %.3f s, "
                    + "PENALTY_TOTAL sum %,d%n", perReport, (r1 - r0) / 1e9, total);
            if (total != counted) {
                throw new IllegalStateException("tallies lost decisions: " + total + " != " + counted);
            }
            System.out.printf("target ≤ 5 s: full recompute %s, incremental %s%n", full <= 5 ? "MET" : "NOT MET",
                    perReport <= 5 ? "MET" : "NOT MET");
        } finally {
            server.shutdownNow();
            file.delete();
        }
    }
}
