package cn.gov.lyg.enforcement.supervision.alert;

import cn.gov.lyg.enforcement.events.EventContracts;
import cn.gov.lyg.enforcement.events.Topics;
import cn.gov.lyg.enforcement.events.benchmark.BenchmarkDeviationRecorded;
import cn.gov.lyg.enforcement.events.inspection.InspectionPlanPublished;
import cn.gov.lyg.enforcement.events.inspection.InspectionResultPublicized;
import cn.gov.lyg.enforcement.events.inspection.RepeatedInspectionDetected;
import cn.gov.lyg.enforcement.events.supervision.ComplaintOverdue;
import cn.gov.lyg.enforcement.events.supervision.ThreeSystemsDeadlinePassed;
import cn.gov.lyg.enforcement.platform.kafka.IncomingEvent;
import cn.gov.lyg.enforcement.platform.kafka.ProcessedEvents;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Raises supervision alerts from other services' events and supervision's own deadline events (own consumer group
 * {@value #CONSUMER}): repeated inspections ({@code inspection.coordination.v1}), benchmark deviations
 * ({@code benchmark.applications.v1}), late inspection plans ({@code inspection.plans.v1}), late publicity of
 * inspection results ({@code inspection.inspections.v1}), overdue complaints ({@code supervision.complaints.v1}) and
 * overdue disclosures / withdrawals ({@code supervision.alerts.v1}, not announced again). Idempotent per event id and
 * per source (the alert id derives from kind + source).
 */
@Component
public class AlertEventConsumer {

    public static final String CONSUMER = "supervision-alerts";

    private static final String REPEATED = EventContracts.of(RepeatedInspectionDetected.class).type();
    private static final String DEVIATION = EventContracts.of(BenchmarkDeviationRecorded.class).type();
    private static final String PLAN = EventContracts.of(InspectionPlanPublished.class).type();
    private static final String PUBLICIZED = EventContracts.of(InspectionResultPublicized.class).type();
    private static final String COMPLAINT_OVERDUE = EventContracts.of(ComplaintOverdue.class).type();
    private static final String THREE_SYSTEMS = EventContracts.of(ThreeSystemsDeadlinePassed.class).type();

    private final ProcessedEvents processed;
    private final AlertService alerts;
    private final JsonMapper json;

    AlertEventConsumer(ProcessedEvents processed, AlertService alerts, JsonMapper json) {
        this.processed = processed;
        this.alerts = alerts;
        this.json = json;
    }

    @KafkaListener(topics = {Topics.INSPECTION_COORDINATION, Topics.BENCHMARK_APPLICATIONS, Topics.INSPECTION_PLANS,
            Topics.INSPECTION_INSPECTIONS, Topics.SUPERVISION_COMPLAINTS, Topics.SUPERVISION_ALERTS},
            groupId = CONSUMER)
    public void on(ConsumerRecord<String, byte[]> record) {
        IncomingEvent event = IncomingEvent.from(record);
        String type = event.type();
        if (REPEATED.equals(type)) {
            RepeatedInspectionDetected e = event.payload(json, RepeatedInspectionDetected.class);
            Map<String, String> details = new LinkedHashMap<>();
            details.put("windowStart", String.valueOf(e.windowStart()));
            details.put("windowEnd", String.valueOf(e.windowEnd()));
            details.put("inspections", e.inspections() == null ? "" : e.inspections().stream()
                    .map(i -> i.agencyCode() + "/" + i.inspectionNo() + "/" + i.plannedDate())
                    .collect(Collectors.joining(", ")));
            processed.handleOnce(CONSUMER, event, x -> alerts.raise(AlertKind.REPEATED_INSPECTION, e.aggregateId(),
                    e.aggregateVersion(), e.regionCode(), e.agencyCodes(), e.uscc(), "企业 " + e.uscc() + " 在 "
                            + e.windowStart() + " 至 " + e.windowEnd() + " 被 " + e.agencyCodes().size()
                            + " 个部门检查", details, event.id(), true));
        } else if (DEVIATION.equals(type)) {
            BenchmarkDeviationRecorded e = event.payload(json, BenchmarkDeviationRecorded.class);
            Map<String, String> details = new LinkedHashMap<>();
            details.put("caseId", String.valueOf(e.caseId()));
            details.put("violationCode", String.valueOf(e.violationCode()));
            details.put("recommended", e.recommendedMin() + "–" + e.recommendedMax());
            details.put("finalFine", String.valueOf(e.finalFine()));
            details.put("approvalType", String.valueOf(e.approvalType()));
            processed.handleOnce(CONSUMER, event, x -> alerts.raise(AlertKind.BENCHMARK_DEVIATION,
                    e.aggregateId() + ":" + e.violationCode(), e.aggregateVersion(), e.regionCode(),
                    List.of(e.agencyCode()), String.valueOf(e.caseId()), "处罚决定偏离裁量基准（案件 " + e.caseId()
                            + "，决定罚款 " + e.finalFine() + " 元）", details, event.id(), true));
        } else if (PLAN.equals(type)) {
            InspectionPlanPublished e = event.payload(json, InspectionPlanPublished.class);
            if (e.late()) {
                processed.handleOnce(CONSUMER, event, x -> alerts.raise(AlertKind.LATE_PLAN, e.aggregateId(),
                        e.aggregateVersion(), e.regionCode(), List.of(e.agencyCode()), e.aggregateId(),
                        e.year() + " 年度行政检查计划于 " + e.publishedOn() + " 公布，晚于 3 月 31 日",
                        Map.of("year", String.valueOf(e.year()), "publishedOn", String.valueOf(e.publishedOn())),
                        event.id(), true));
            }
        } else if (PUBLICIZED.equals(type)) {
            InspectionResultPublicized e = event.payload(json, InspectionResultPublicized.class);
            if (e.late()) {
                processed.handleOnce(CONSUMER, event, x -> alerts.raise(AlertKind.INSPECTION_PUBLICITY_LATE,
                        e.aggregateId(), e.aggregateVersion(), e.regionCode(), List.of(e.agencyCode()),
                        e.inspectionNo(), "检查结果 " + e.inspectionNo() + " 公示晚于 " + e.publicityDue(),
                        Map.of("publicityDue", String.valueOf(e.publicityDue())), event.id(), true));
            }
        } else if (COMPLAINT_OVERDUE.equals(type)) {
            ComplaintOverdue e = event.payload(json, ComplaintOverdue.class);
            String agency = e.assigneeAgencyCode() != null ? e.assigneeAgencyCode() : e.respondentAgencyCode();
            processed.handleOnce(CONSUMER, event, x -> alerts.raise(AlertKind.COMPLAINT_OVERDUE,
                    e.aggregateId() + ":" + e.stage() + ":" + e.dueOn(), e.aggregateVersion(), e.regionCode(),
                    agency == null ? List.of() : List.of(agency), e.aggregateId(), "投诉举报 " + e.stage()
                            + " 阶段已超期 " + e.overdueWorkingDays() + " 个工作日（期限 " + e.dueOn() + "）",
                    Map.of("stage", e.stage(), "dueOn", String.valueOf(e.dueOn()), "escalated",
                            String.valueOf(e.escalated())), event.id(), true));
        } else if (THREE_SYSTEMS.equals(type)) {
            ThreeSystemsDeadlinePassed e = event.payload(json, ThreeSystemsDeadlinePassed.class);
            processed.handleOnce(CONSUMER, event, x -> alerts.raise(AlertKind.PUBLICITY_OVERDUE,
                    e.aggregateId() + ":" + e.kind() + ":" + e.dueOn(), e.aggregateVersion(), e.regionCode(),
                    List.of(e.agencyCode()), e.aggregateId(), "案件 " + e.caseNo() + " " + e.kind() + "（期限 "
                            + e.dueOn() + "）", Map.of("kind", e.kind(), "dueOn", String.valueOf(e.dueOn())),
                    event.id(), false));
        }
    }
}
