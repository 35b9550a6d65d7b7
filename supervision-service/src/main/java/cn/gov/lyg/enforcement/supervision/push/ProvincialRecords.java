package cn.gov.lyg.enforcement.supervision.push;

import cn.gov.lyg.enforcement.events.catalog.EnforcementItemSnapshot;
import cn.gov.lyg.enforcement.events.inspection.InspectionResultPublicized;
import cn.gov.lyg.enforcement.events.personnel.CertificateEvent;
import cn.gov.lyg.enforcement.events.personnel.CertificateSnapshot;
import cn.gov.lyg.enforcement.events.supervision.CaseMilestoneRecorded;
import cn.gov.lyg.enforcement.events.DomainEvent;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the canonical provincial records from the other services' events (plain functions, no Spring). Times are
 * moved to +08:00; what the province must not get (ID numbers, credit classes) is never copied.
 *
 * <ul>
 *   <li>{@code InspectionResultPublicized} → {@link Dataset#INSPECTION_RESULT} {@code INSPECTION:<id>}.</li>
 *   <li>case milestone DECIDED → {@link Dataset#DECISION} {@code DECISION:<caseId>}; a reconsideration or litigation
 *       concluded REVOKED, CONFIRMED_UNLAWFUL or CONFIRMED_VOID → its tombstone (the decision no longer stands).</li>
 *   <li>case milestone PUBLISHED → {@link Dataset#DISCLOSURE} {@code DISCLOSURE:<caseId>}; PUBLICATION_WITHDRAWN →
 *       its tombstone (行政处罚法 Art. 48: withdrawn within 3 days).</li>
 *   <li>every certificate event → {@link Dataset#CERTIFICATE_STATUS} {@code CERTIFICATE:<id>} (number, kind,
 *       holder agency, status, validity; never the holder's ID number).</li>
 *   <li>catalog item published/adjusted/suspended/resumed → {@link Dataset#CATALOG_ITEM} {@code ITEM:<id>};
 *       cancelled → its tombstone.</li>
 * </ul>
 * The version is the source aggregate's version, so a later state always carries a higher version.
 */
public final class ProvincialRecords {

    /** Remedy outcomes after which a decision no longer stands. */
    static final Set<String> DECISION_ENDING_OUTCOMES = Set.of("REVOKED", "CONFIRMED_UNLAWFUL", "CONFIRMED_VOID");
    static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

    private ProvincialRecords() {
    }

    static OffsetDateTime beijing(OffsetDateTime time) {
        return time == null ? null : time.withOffsetSameInstant(BEIJING);
    }

    public static ProvincialRecord inspection(InspectionResultPublicized e) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("inspectionNo", e.inspectionNo());
        data.put("entityUscc", e.uscc());
        data.put("kind", e.kind());
        data.put("resultCodes", e.resultCodes() == null ? List.of() : e.resultCodes());
        data.put("publicityDue", e.publicityDue() == null ? null : e.publicityDue().toString());
        data.put("publicizedLate", e.late());
        return new ProvincialRecord(Dataset.INSPECTION_RESULT, "INSPECTION:" + e.aggregateId(), e.aggregateVersion(),
                false, e.agencyCode(), e.regionCode(), beijing(e.occurredAt()), e.eventId(), data);
    }

    /** The record a case milestone changes, if any (most milestones change none). */
    public static Optional<ProvincialRecord> caseMilestone(CaseMilestoneRecorded e) {
        String milestone = e.milestone();
        if ("DECIDED".equals(milestone)) {
            Map<String, Object> data = caseData(e);
            data.put("decisionNo", e.decisionNo());
            data.put("decidedOn", e.occurredOn() == null ? null : e.occurredOn().toString());
            data.put("penaltyKinds", e.penaltyKinds() == null ? List.of() : e.penaltyKinds());
            data.put("fineAmount", e.fineAmount());
            data.put("confiscationAmount", e.confiscationAmount());
            data.put("benchmarkApplicationRef", e.benchmarkApplicationRef());
            return Optional.of(record(Dataset.DECISION, "DECISION:", e, false, data));
        }
        if (("RECONSIDERATION_CONCLUDED".equals(milestone) || "LITIGATION_CONCLUDED".equals(milestone))
                && e.outcome() != null && DECISION_ENDING_OUTCOMES.contains(e.outcome())) {
            Map<String, Object> data = caseData(e);
            data.put("reason", milestone + ":" + e.outcome());
            data.put("endedOn", e.occurredOn() == null ? null : e.occurredOn().toString());
            return Optional.of(record(Dataset.DECISION, "DECISION:", e, true, data));
        }
        if ("PUBLISHED".equals(milestone)) {
            Map<String, Object> data = caseData(e);
            data.put("decisionNo", e.decisionNo());
            data.put("publishedOn", e.occurredOn() == null ? null : e.occurredOn().toString());
            return Optional.of(record(Dataset.DISCLOSURE, "DISCLOSURE:", e, false, data));
        }
        if ("PUBLICATION_WITHDRAWN".equals(milestone)) {
            Map<String, Object> data = caseData(e);
            data.put("reason", "PUBLICATION_WITHDRAWN");
            data.put("withdrawnOn", e.occurredOn() == null ? null : e.occurredOn().toString());
            return Optional.of(record(Dataset.DISCLOSURE, "DISCLOSURE:", e, true, data));
        }
        return Optional.empty();
    }

    private static Map<String, Object> caseData(CaseMilestoneRecorded e) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("caseNo", e.caseNo());
        data.put("caseType", e.caseType());
        return data;
    }

    private static ProvincialRecord record(Dataset dataset, String prefix, CaseMilestoneRecorded e, boolean tombstone,
                                           Map<String, Object> data) {
        return new ProvincialRecord(dataset, prefix + e.aggregateId(), e.aggregateVersion(), tombstone,
                e.agencyCode(), e.regionCode(), beijing(e.occurredAt()), e.eventId(), data);
    }

    public static ProvincialRecord certificate(CertificateEvent e) {
        CertificateSnapshot c = e.certificate();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("certificateNo", c.certificateNo());
        data.put("certificateKind", c.certificateKind());
        data.put("holderAgencyCode", c.holderAgencyCode());
        data.put("enforcementDomains", c.enforcementDomains() == null ? List.of() : c.enforcementDomains());
        data.put("enforcementArea", c.enforcementArea() == null ? List.of() : c.enforcementArea());
        data.put("validFrom", c.validFrom() == null ? null : c.validFrom().toString());
        data.put("validTo", c.validTo() == null ? null : c.validTo().toString());
        data.put("status", c.status());
        data.put("effectiveAt", e.effectiveAt() == null ? null : beijing(e.effectiveAt()).toString());
        data.put("reason", e.reason());
        return new ProvincialRecord(Dataset.CERTIFICATE_STATUS, "CERTIFICATE:" + e.aggregateId(),
                e.aggregateVersion(), false, e.agencyCode() != null ? e.agencyCode() : c.holderAgencyCode(),
                e.regionCode(), beijing(e.occurredAt()), e.eventId(), data);
    }

    /** A catalog item's state; {@code cancelled} makes it a tombstone. */
    public static ProvincialRecord catalogItem(DomainEvent e, EnforcementItemSnapshot item, boolean cancelled) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("itemCode", item.itemCode());
        data.put("provincialItemCode", item.provincialItemCode());
        data.put("name", item.name());
        data.put("itemType", item.itemType());
        data.put("domain", item.domain());
        data.put("implementingAgencyCodes",
                item.implementingAgencyCodes() == null ? List.of() : item.implementingAgencyCodes());
        data.put("exerciseLevels", item.exerciseLevels() == null ? List.of() : item.exerciseLevels());
        data.put("itemVersion", item.itemVersion());
        data.put("validFrom", item.validFrom() == null ? null : item.validFrom().toString());
        data.put("validTo", item.validTo() == null ? null : item.validTo().toString());
        data.put("status", item.status());
        if (cancelled) {
            data.put("reason", "ITEM_CANCELLED");
        }
        String agency = item.implementingAgencyCodes() == null || item.implementingAgencyCodes().isEmpty() ? null
                : item.implementingAgencyCodes().get(0);
        return new ProvincialRecord(Dataset.CATALOG_ITEM, "ITEM:" + e.aggregateId(), e.aggregateVersion(), cancelled,
                agency, e.regionCode(), beijing(e.occurredAt()), e.eventId(), data);
    }
}
