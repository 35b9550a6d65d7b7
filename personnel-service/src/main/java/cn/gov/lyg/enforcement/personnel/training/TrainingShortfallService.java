package cn.gov.lyg.enforcement.personnel.training;

import cn.gov.lyg.enforcement.personnel.PersonnelProperties;
import cn.gov.lyg.enforcement.personnel.officer.Officer;
import cn.gov.lyg.enforcement.personnel.officer.OfficerService;
import cn.gov.lyg.enforcement.platform.mongo.MongoIndexContributor;
import cn.gov.lyg.enforcement.platform.mongo.ScopeCriteria;
import cn.gov.lyg.enforcement.platform.security.DataScope;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * {@code TrainingShortfallDetected} (DOMAIN.md §2.0.5, P7): once per officer and year, through the officer's
 * {@link OfficerTrainingYear} document (id {@code officerId:year}), whose outbox carries the event and whose
 * existence makes a second detection a no-op. Two paths detect it: a recorded annual review that failed for
 * TRAINING_SHORTFALL ({@link #detect}) and the shortfall job over a finished year ({@link #detectAll}). No
 * multi-document transaction: each officer-year is one single-document write; a concurrent first write loses on the
 * unique {@code _id} (or the version) and finds the detection made.
 */
@Service
public class TrainingShortfallService implements MongoIndexContributor {

    private static final Logger log = LoggerFactory.getLogger(TrainingShortfallService.class);

    private final MongoTemplate mongo;
    private final OfficerService officers;
    private final CertificateHoldings certificates;
    private final TrainingStore records;
    private final Clock clock;
    private final int requiredHours;

    public TrainingShortfallService(MongoTemplate mongo, OfficerService officers, CertificateHoldings certificates,
                                    TrainingStore records, Clock clock, PersonnelProperties properties) {
        this.mongo = mongo;
        this.officers = officers;
        this.certificates = certificates;
        this.records = records;
        this.clock = clock;
        this.requiredHours = properties.requiredAnnualHours();
    }

    @Override
    public void ensureIndexes(MongoTemplate template) {
        template.indexOps(OfficerTrainingYear.COLLECTION).createIndex(new Index().on("year", Sort.Direction.ASC)
                .on("regionCode", Sort.Direction.ASC).named("ix_training_year_region"));
    }

    public int requiredHours() {
        return requiredHours;
    }

    /**
     * Detects the shortfall of {@code officer} in {@code year} with {@code recordedHours}; a no-op when it was
     * detected before or the hours are enough.
     *
     * @return whether this call detected it
     */
    public boolean detect(Officer officer, int year, BigDecimal recordedHours, String source, String actor) {
        for (int attempt = 0; attempt < 2; attempt++) {
            OfficerTrainingYear status = mongo.findById(OfficerTrainingYear.idOf(officer.getId(), year),
                    OfficerTrainingYear.class);
            if (status == null) {
                status = OfficerTrainingYear.of(officer.getId(), officer.getAgencyCode(), officer.getRegionCode(),
                        year);
            }
            if (!status.detectShortfall(recordedHours, requiredHours, source, actor, clock)) {
                return false;
            }
            try {
                mongo.save(status);
                return true;
            } catch (DuplicateKeyException | OptimisticLockingFailureException e) {
                log.debug("training year {}:{} written concurrently, reading it again", officer.getId(), year);
            }
        }
        return false;
    }

    /**
     * The shortfall job for a finished {@code year}: every officer in scope ({@code null}: the whole service, for the
     * nightly run) bound by the requirement ({@link TrainingShortfallRules#subjectTo}) whose hours of the year fall
     * short and whose shortfall was not detected yet. Idempotent.
     */
    public ShortfallReport detectAll(int year, DataScope scope, String actor) {
        List<Officer> candidates = officers.findAll(scope == null ? new Criteria() : regionCriteria(scope));
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        Set<String> detected = mongo.find(new Query(Criteria.where("year").is(year)
                        .and("shortfallDetectedAt").ne(null)), OfficerTrainingYear.class).stream()
                .map(OfficerTrainingYear::getOfficerId).collect(Collectors.toSet());
        List<Officer> open = candidates.stream().filter(o -> !detected.contains(o.getId())
                && (scope == null || scope.coversRegion(o.getRegionCode()))).toList();
        List<String> ids = open.stream().map(Officer::getId).toList();
        Map<String, LocalDate> heldSince = certificates.heldSince(ids, yearEnd);
        Map<String, BigDecimal> hoursOf = ids.isEmpty() ? Map.of() : records.ofOfficers(ids, year).stream()
                .collect(Collectors.groupingBy(TrainingRecord::getOfficerId,
                        Collectors.reducing(BigDecimal.ZERO, TrainingRecord::getClassHours, BigDecimal::add)));
        List<String> found = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (Officer officer : open) {
            LocalDate heldFrom = heldSince.get(officer.getId());
            BigDecimal hours = hoursOf.getOrDefault(officer.getId(), BigDecimal.ZERO);
            if (!TrainingShortfallRules.subjectTo(year, officer.onDuty(yearEnd), heldFrom)
                    || !TrainingShortfallRules.isShortfall(hours, requiredHours)) {
                continue;
            }
            try {
                if (detect(officer, year, hours, OfficerTrainingYear.SOURCE_JOB, actor)) {
                    found.add(officer.getId());
                }
            } catch (RuntimeException e) {
                log.warn("training shortfall of {} in {} to retry: {}", officer.getId(), year, e.toString());
                failed.add(officer.getId());
            }
        }
        log.info("training shortfall {}: {} detected, {} to retry", year, found.size(), failed.size());
        return new ShortfallReport("training-shortfall", year, requiredHours, found.size(), found, failed);
    }

    private static Criteria regionCriteria(DataScope scope) {
        String region = scope.regionCode();
        if (region == null || !region.matches("\\d{6}")) {
            return Criteria.where("_id").is("__none__");
        }
        return Criteria.where("regionCode").regex("^" + ScopeCriteria.regionPrefix(region));
    }

    /** What a shortfall run found: the officers whose shortfall it detected (one event each). */
    public record ShortfallReport(String job, int year, int requiredHours, int count, List<String> officerIds,
                                  List<String> failed) {
    }
}
