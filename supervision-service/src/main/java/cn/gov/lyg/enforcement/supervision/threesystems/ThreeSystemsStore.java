package cn.gov.lyg.enforcement.supervision.threesystems;

import cn.gov.lyg.enforcement.supervision.caseregister.CaseFile;
import cn.gov.lyg.enforcement.supervision.caseregister.ComplianceStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
 * Counts over the case register for the three-systems figures: one indexed match (agency or region + decision
 * date) and one group by agency summing the stored compliance statuses; only "overdue as of" compares a date.
 */
@Repository
class ThreeSystemsStore {

    private final MongoTemplate mongo;

    ThreeSystemsStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    List<ThreeSystemsFigures.Counts> countByAgency(Criteria scope, LocalDate from, LocalDate to, LocalDate asOf) {
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
