package cn.gov.lyg.enforcement.benchmark.benchmark;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.platform.mongo.AggregateDocument;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One benchmark version as stored: the state of a {@link DiscretionBenchmark}, with the platform's version, audit
 * fields and outbox. Commands load the domain object, run it, and write its state back with the events it caused.
 */
@Document(BenchmarkDocument.COLLECTION)
public class BenchmarkDocument extends AggregateDocument {

    public static final String COLLECTION = "benchmarks";

    @Id
    private String id;
    private String benchmarkId;
    private int versionNo;
    private String title;
    private String issuingAgencyCode;
    private String regionCode;
    private BenchmarkLevel level;
    private String parentBenchmarkId;
    private String domain;
    private String docNo;
    private ComputationModel model;
    private BenchmarkStatus status;
    private LocalDate publishedAt;
    private LocalDate effectiveFrom;
    private LocalDate effectiveTo;
    private String supersedesVersionId;
    private RevisionReason revisionReason;
    private List<BenchmarkEntry> entries = new ArrayList<>();
    private List<String> reviewReasons = new ArrayList<>();
    private boolean reviewRequired;
    private List<String> catalogItemIds = new ArrayList<>();
    private DiscretionBenchmark.LegalReview legalReview;
    private DiscretionBenchmark.Deliberation deliberation;

    protected BenchmarkDocument() {
        // for the mapping layer
    }

    static BenchmarkDocument of(DiscretionBenchmark b) {
        BenchmarkDocument d = new BenchmarkDocument();
        d.id = b.versionId();
        d.update(b);
        return d;
    }

    /** Copies the domain state into the document. */
    void update(DiscretionBenchmark b) {
        benchmarkId = b.benchmarkId();
        versionNo = b.versionNo();
        title = b.title();
        issuingAgencyCode = b.issuingAgencyCode();
        regionCode = b.regionCode();
        level = b.level();
        parentBenchmarkId = b.parentBenchmarkId();
        domain = b.domain();
        docNo = b.docNo();
        model = b.model();
        status = b.status();
        publishedAt = b.publishedAt();
        effectiveFrom = b.effectiveFrom();
        effectiveTo = b.effectiveTo();
        supersedesVersionId = b.supersedesVersionId();
        revisionReason = b.revisionReason();
        entries = new ArrayList<>(b.entries());
        reviewReasons = new ArrayList<>(b.reviewReasons());
        reviewRequired = b.reviewRequired();
        catalogItemIds = b.entries().stream().map(BenchmarkEntry::catalogItemId).filter(java.util.Objects::nonNull)
                .distinct().toList();
        legalReview = b.legalReview();
        deliberation = b.deliberation();
    }

    public DiscretionBenchmark toDomain() {
        return new DiscretionBenchmark(id, benchmarkId, versionNo, title, issuingAgencyCode, regionCode, level,
                parentBenchmarkId, domain, docNo, model, status, publishedAt, effectiveFrom, effectiveTo,
                supersedesVersionId, revisionReason, entries, reviewReasons, legalReview, deliberation);
    }

    void record(DomainEvent event) {
        raise(event);
    }

    void note(String action, Map<String, Object> details) {
        audit(action, details);
    }

    @Override
    public String aggregateId() {
        return id;
    }

    @Override
    public String aggregateType() {
        return "DiscretionBenchmark";
    }

    public String getId() {
        return id;
    }

    public String getBenchmarkId() {
        return benchmarkId;
    }

    public BenchmarkStatus getStatus() {
        return status;
    }

    public String getIssuingAgencyCode() {
        return issuingAgencyCode;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public int getVersionNo() {
        return versionNo;
    }
}
