package cn.gov.lyg.enforcement.supervision.threesystems;

import cn.gov.lyg.enforcement.supervision.caseregister.CaseFile;
import cn.gov.lyg.enforcement.supervision.caseregister.ComplianceStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import cn.gov.lyg.enforcement.supervision.caseregister.CaseCompliance;
import org.springframework.data.mongodb.core.query.Update;
import org.bson.Document;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.TypedAggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * The three-systems figures from their read model, the counters per agency and decision day
 * ({@link ThreeSystemsCounters}, kept by difference with every change of a case's facts), so that a county's figures
 * over a million milestones read a few thousand small documents instead of scanning the cases; the problem cases
 * and the former scan over the cases ({@link #countByAgencyFromCases}, used to check the counters) read the cases.
 */
@Repository
class ThreeSystemsStore implements cn.gov.lyg.enforcement.platform.mongo.MongoIndexContributor {

    private final MongoTemplate mongo;

    ThreeSystemsStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void ensureIndexes(MongoTemplate template) {
        template.indexOps(ThreeSystemsCounters.COLLECTION).createIndex(new org.springframework.data.mongodb.core.index
                .Index().on("regionCode", Sort.Direction.ASC).on("decidedOn", Sort.Direction.ASC)
                .named("ix_region_decided"));
        template.indexOps(ThreeSystemsCounters.COLLECTION).createIndex(new org.springframework.data.mongodb.core.index
                .Index().on("agencyCode", Sort.Direction.ASC).on("decidedOn", Sort.Direction.ASC)
                .named("ix_agency_decided"));
    }

    /** Applies the difference of one case's contribution to the counters (upserts, atomic increments). */
    void apply(CaseCompliance before, CaseCompliance after) {
        ThreeSystemsCounters.delta(before, after).forEach((id, inc) -> {
            CaseCompliance owner = after != null && id.equals(ThreeSystemsCounters.id(after.agencyCode(),
                    after.decidedOn())) ? after : before;
            Update update = new Update().setOnInsert("agencyCode", owner.agencyCode())
                    .setOnInsert("regionCode", owner.regionCode())
                    .setOnInsert("decidedOn", owner.decidedOn().toString());
            inc.forEach(update::inc);
            mongo.upsert(new Query(Criteria.where("_id").is(id)), update, ThreeSystemsCounters.COLLECTION);
        });
    }

    /** Rebuilds every counter from the contributions given (the repair job). */
    long rebuild(java.util.function.Consumer<java.util.function.Consumer<CaseCompliance>> contributions) {
        Map<String, Document> docs = new java.util.HashMap<>();
        long[] cases = {0};
        contributions.accept(c -> {
            cases[0]++;
            Document d = docs.computeIfAbsent(ThreeSystemsCounters.id(c.agencyCode(), c.decidedOn()),
                    id -> new Document("_id", id).append("agencyCode", c.agencyCode())
                            .append("regionCode", c.regionCode()).append("decidedOn", c.decidedOn().toString()));
            ThreeSystemsCounters.increments(c, 1).forEach((field, v) -> {
                int dot = field.indexOf('.');
                Document target = d;
                String key = field;
                if (dot > 0) {
                    target = (Document) d.computeIfAbsent(field.substring(0, dot), k -> new Document());
                    key = field.substring(dot + 1);
                }
                target.merge(key, v, (a, b) -> ((Number) a).longValue() + ((Number) b).longValue());
            });
        });
        mongo.getCollection(ThreeSystemsCounters.COLLECTION).deleteMany(new Document());
        List<Document> all = new ArrayList<>(docs.values());
        for (int i = 0; i < all.size(); i += 1000) {
            mongo.getCollection(ThreeSystemsCounters.COLLECTION).insertMany(all.subList(i, Math.min(all.size(), i + 1000)));
        }
        return cases[0];
    }

    /**
     * The figures per agency from the counters of the decision days in {@code [from, to]}; overdue = pending with a
     * due day before {@code asOf}.
     */
    List<ThreeSystemsFigures.Counts> countByAgency(Criteria scope, LocalDate from, LocalDate to, LocalDate asOf) {
        Query query = new Query(new Criteria().andOperator(scope, Criteria.where("decidedOn").gte(from.toString())
                .lte(to.toString())));
        Map<String, long[]> sums = new TreeMap<>();
        String day = asOf.toString();
        for (Document d : mongo.find(query, Document.class, ThreeSystemsCounters.COLLECTION)) {
            long[] s = sums.computeIfAbsent(d.getString("agencyCode"), k -> new long[FIELDS.length + 2]);
            for (int i = 0; i < FIELDS.length; i++) {
                s[i] += n(d, FIELDS[i]);
            }
            s[FIELDS.length] += pastDue(d.get(ThreeSystemsCounters.PENDING_DISCLOSURE), day);
            s[FIELDS.length + 1] += pastDue(d.get(ThreeSystemsCounters.PENDING_WITHDRAWAL), day);
        }
        List<ThreeSystemsFigures.Counts> out = new ArrayList<>();
        sums.forEach((agency, s) -> {
            if (s[0] == 0 && java.util.Arrays.stream(s).allMatch(v -> v == 0)) {
                return;
            }
            out.add(new ThreeSystemsFigures.Counts(agency, s[0],
                    ThreeSystemsFigures.Deadline.of(s[1], s[2], s[3], s[4], s[FIELDS.length]),
                    ThreeSystemsFigures.Deadline.of(s[5], s[6], s[7], s[8], s[FIELDS.length + 1]),
                    ThreeSystemsFigures.Coverage.of(s[9], s[10]), ThreeSystemsFigures.Coverage.of(s[11], s[12])));
        });
        return out;
    }

    private static final String[] FIELDS = {"decided", "dDue", "dInTime", "dLate", "dPending", "wDue", "wInTime",
            "wLate", "wPending", "avRequired", "avMet", "lrRequired", "lrMet"};

    private static long pastDue(Object pendingByDue, String asOf) {
        if (!(pendingByDue instanceof Document byDue)) {
            return 0;
        }
        long n = 0;
        for (Map.Entry<String, Object> e : byDue.entrySet()) {
            if (e.getKey().compareTo(asOf) < 0 && e.getValue() instanceof Number v) {
                n += v.longValue();
            }
        }
        return n;
    }

    /** The figures by scanning the cases (before the counters existed; kept to check the counters against). */
    List<ThreeSystemsFigures.Counts> countByAgencyFromCases(Criteria scope, LocalDate from, LocalDate to, LocalDate asOf) {
        Object asOfValue = mongo.getConverter().convertToMongoType(asOf);
        Document group = new Document("_id", "$agencyCode")
                .append("decided", new Document("$sum", 1))
                .append("dDue", countIfNot("disclosureStatus", ComplianceStatus.NONE))
                .append("dInTime", countIf("disclosureStatus", ComplianceStatus.IN_TIME))
                .append("dLate", countIf("disclosureStatus", ComplianceStatus.LATE))
                .append("dPending", countIf("disclosureStatus", ComplianceStatus.PENDING))
                .append("dOverdue", countPendingBefore("disclosureStatus", "disclosureDueOn", asOfValue))
                .append("wDue", countIfNot("withdrawalStatus", ComplianceStatus.NONE))
                .append("wInTime", countIf("withdrawalStatus", ComplianceStatus.IN_TIME))
                .append("wLate", countIf("withdrawalStatus", ComplianceStatus.LATE))
                .append("wPending", countIf("withdrawalStatus", ComplianceStatus.PENDING))
                .append("wOverdue", countPendingBefore("withdrawalStatus", "withdrawalDueOn", asOfValue))
                .append("avRequired", countIfNot("recordingStatus", ComplianceStatus.NOT_REQUIRED))
                .append("avMet", countIf("recordingStatus", ComplianceStatus.MET))
                .append("lrRequired", countIfNot("legalReviewStatus", ComplianceStatus.NOT_REQUIRED))
                .append("lrMet", countIf("legalReviewStatus", ComplianceStatus.MET));
        TypedAggregation<CaseFile> aggregation = Aggregation.newAggregation(CaseFile.class,
                Aggregation.match(new Criteria().andOperator(scope, decided(from, to))),
                context -> new Document("$group", group), Aggregation.sort(Sort.by("_id")));
        List<ThreeSystemsFigures.Counts> out = new ArrayList<>();
        for (Document d : mongo.aggregate(aggregation, Document.class).getMappedResults()) {
            out.add(new ThreeSystemsFigures.Counts(d.getString("_id"), n(d, "decided"),
                    ThreeSystemsFigures.Deadline.of(n(d, "dDue"), n(d, "dInTime"), n(d, "dLate"), n(d, "dPending"),
                            n(d, "dOverdue")),
                    ThreeSystemsFigures.Deadline.of(n(d, "wDue"), n(d, "wInTime"), n(d, "wLate"), n(d, "wPending"),
                            n(d, "wOverdue")),
                    ThreeSystemsFigures.Coverage.of(n(d, "avRequired"), n(d, "avMet")),
                    ThreeSystemsFigures.Coverage.of(n(d, "lrRequired"), n(d, "lrMet"))));
        }
        return out;
    }

    boolean countersEmpty() {
        return mongo.getCollection(ThreeSystemsCounters.COLLECTION).countDocuments() == 0;
    }

    /** The cases of the period with a three-systems problem as of the day (overdue, late or missing). */
    Page<CaseFile> problems(Criteria scope, LocalDate from, LocalDate to, LocalDate asOf, Pageable pageable) {
        Criteria problem = new Criteria().orOperator(
                Criteria.where("disclosureStatus").is(ComplianceStatus.LATE),
                Criteria.where("disclosureStatus").is(ComplianceStatus.PENDING).and("disclosureDueOn").lt(asOf),
                Criteria.where("withdrawalStatus").is(ComplianceStatus.LATE),
                Criteria.where("withdrawalStatus").is(ComplianceStatus.PENDING).and("withdrawalDueOn").lt(asOf),
                Criteria.where("recordingStatus").is(ComplianceStatus.MISSING),
                Criteria.where("legalReviewStatus").is(ComplianceStatus.MISSING));
        Query query = new Query(new Criteria().andOperator(scope, decided(from, to), problem));
        long total = mongo.count(query, CaseFile.class);
        return new PageImpl<>(mongo.find(Query.of(query).with(pageable), CaseFile.class), pageable, total);
    }

    private static Criteria decided(LocalDate from, LocalDate to) {
        return Criteria.where("decidedOn").gte(from).lte(to);
    }

    private static Document countIf(String field, ComplianceStatus value) {
        return new Document("$sum", new Document("$cond", List.of(
                new Document("$eq", List.of("$" + field, value.name())), 1, 0)));
    }

    private static Document countIfNot(String field, ComplianceStatus value) {
        return new Document("$sum", new Document("$cond", List.of(
                new Document("$eq", List.of("$" + field, value.name())), 0, 1)));
    }

    private static Document countPendingBefore(String statusField, String dueField, Object asOf) {
        return new Document("$sum", new Document("$cond", List.of(new Document("$and", List.of(
                new Document("$eq", List.of("$" + statusField, ComplianceStatus.PENDING.name())),
                new Document("$lt", List.of("$" + dueField, asOf)))), 1, 0)));
    }

    private static long n(Document d, String key) {
        Object v = d.get(key);
        return v instanceof Number number ? number.longValue() : 0L;
    }
}
