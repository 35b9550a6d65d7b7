import cn.gov.lyg.enforcement.events.vocabulary.CaseMilestone;
import cn.gov.lyg.enforcement.events.vocabulary.ItemType;
import cn.gov.lyg.enforcement.events.vocabulary.LegalReviewResult;
import cn.gov.lyg.enforcement.events.vocabulary.PenaltyKind;
import cn.gov.lyg.enforcement.platform.calendar.WorkingDayCalendar;
import cn.gov.lyg.enforcement.supervision.caseregister.CaseFile;
import cn.gov.lyg.enforcement.supervision.caseregister.Milestone;
import cn.gov.lyg.enforcement.supervision.caseregister.ThreeSystemsPolicy;
import cn.gov.lyg.enforcement.supervision.support.WorkingDays;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Seeds the case register of supervision-service directly in its MongoDB(-wire) database with N milestones (four per
 * case: FILED, DECIDED with a fine, LEGAL_REVIEW or PUBLISHED, CLOSED; the facts computed by the service's own
 * domain classes, CaseFile.record), spread over five agencies of three counties and the decision days of 2025; then
 * times the former way of computing one county's figures, an aggregation scanning the cases (for comparison with the
 * counters the service now reads). Usage: java SupervisionFigures MONGODB_URI [milestones=1000000] [seed|scan|both]
 */
public class SupervisionFigures {

    static final String[][] AGENCIES = {{"11320706300200020C", "320706"}, {"113207063002000399", "320706"},
            {"11320707300300021G", "320707"}, {"11320722300400022W", "320722"}, {"1132070030010002XW", "320700"}};

    public static void main(String[] args) {
        String uri = args.length > 0 ? args[0] : "mongodb://127.0.0.1:27017";
        int milestones = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        String what = args.length > 2 ? args[2] : "both";
        try (MongoClient client = MongoClients.create(uri)) {
            MongoTemplate mongo = new MongoTemplate(client, "enforcement-supervision");
            if (!what.equals("scan")) {
                seed(mongo, milestones);
            }
            if (!what.equals("seed")) {
                for (int round = 0; round < 3; round++) {
                    long t0 = System.nanoTime();
                    List<Document> rows = scan(mongo, "320706");
                    long n = rows.stream().mapToLong(d -> ((Number) d.get("decided")).longValue()).sum();
                    System.out.printf("scan of the cases for 320706: %d agencies, %d decisions, %.0f ms%n",
                            rows.size(), n, (System.nanoTime() - t0) / 1e6);
                }
            }
        }
    }

    static void seed(MongoTemplate mongo, int milestones) {
        WorkingDays days = new WorkingDays(WorkingDayCalendar.defaultCalendar());
        ThreeSystemsPolicy policy = ThreeSystemsPolicy.defaults();
        LocalDate today = LocalDate.of(2026, 12, 3);
        Instant now = Instant.now();
        String run = Long.toString(System.currentTimeMillis(), 36);
        int cases = milestones / 4;
        List<CaseFile> batch = new ArrayList<>(1000);
        long t0 = System.nanoTime();
        for (int i = 0; i < cases; i++) {
            String[] agency = AGENCIES[i % AGENCIES.length];
            String caseNo = "SEED-" + run + "-" + i;
            CaseFile c = CaseFile.open(agency[0], agency[1], caseNo, ItemType.PENALTY);
            LocalDate filed = LocalDate.of(2025, 1, 2).plusDays(i % 330);
            LocalDate decided = filed.plusDays(10);
            c.record(ItemType.PENALTY, m(CaseMilestone.FILED, filed, null), policy, days, today, now);
            if (i % 10 == 0) {
                c.record(ItemType.PENALTY, review(decided.minusDays(1)), policy, days, today, now);
            } else {
                c.record(ItemType.PENALTY, m(CaseMilestone.PUBLISHED, decided.plusDays(3 + i % 20), null), policy,
                        days, today, now);
            }
            c.record(ItemType.PENALTY, m(CaseMilestone.DECIDED, decided, new BigDecimal(1000 + i % 200_000)), policy,
                    days, today, now);
            c.record(ItemType.PENALTY, m(CaseMilestone.CLOSED, decided.plusDays(40), null), policy, days, today, now);
            batch.add(c);
            if (batch.size() == 1000) {
                mongo.insert(batch, CaseFile.class);
                batch.clear();
            }
            if ((i + 1) % 25_000 == 0) {
                System.out.printf("%d cases (%d milestones) in %.0f s%n", i + 1, 4L * (i + 1),
                        (System.nanoTime() - t0) / 1e9);
            }
        }
        if (!batch.isEmpty()) {
            mongo.insert(batch, CaseFile.class);
        }
        System.out.printf("seeded %d cases = %d milestones in %.0f s%n", cases, 4L * cases,
                (System.nanoTime() - t0) / 1e9);
    }

    static Milestone m(CaseMilestone type, LocalDate on, BigDecimal fine) {
        boolean decided = type == CaseMilestone.DECIDED;
        return new Milestone(type, on, decided ? "决-" + on : null, decided ? List.of(PenaltyKind.FINE) : List.of(),
                fine, null, null, null, null, null, null, null, null, List.of(), null, Instant.now(), "seed");
    }

    static Milestone review(LocalDate on) {
        return new Milestone(CaseMilestone.LEGAL_REVIEW, on, null, List.of(), null, null, null, null,
                LegalReviewResult.PASSED, null, null, null, null, List.of(), null, Instant.now(), "seed");
    }

    /** The former figures query: match the county's decisions of 2025 in the cases, group by agency. */
    static List<Document> scan(MongoTemplate mongo, String county) {
        var cases = mongo.getCollection(CaseFile.COLLECTION);
        Object from = mongo.getConverter().convertToMongoType(LocalDate.of(2025, 1, 1));
        Object to = mongo.getConverter().convertToMongoType(LocalDate.of(2025, 12, 31));
        List<Document> pipeline = List.of(
                new Document("$match", new Document("regionCode", new Document("$regex", "^" + county))
                        .append("decidedOn", new Document("$gte", from).append("$lte", to))),
                new Document("$group", new Document("_id", "$agencyCode").append("decided", new Document("$sum", 1))
                        .append("inTime", new Document("$sum", new Document("$cond", List.of(new Document("$eq",
                                List.of("$disclosureStatus", "IN_TIME")), 1, 0))))
                        .append("lrMet", new Document("$sum", new Document("$cond", List.of(new Document("$eq",
                                List.of("$legalReviewStatus", "MET")), 1, 0))))));
        return cases.aggregate(pipeline).into(new ArrayList<>());
    }
}
