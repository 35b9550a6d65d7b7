package cn.gov.lyg.enforcement.inspection.guidance;

import java.time.LocalDate;
import java.util.List;

/** A guidance record as the API shows it, with the rectifications overdue as of the day asked. */
public record GuidanceView(String id, String agencyCode, String uscc, GuidanceStage stage, LocalDate guidedOn,
                           List<String> topics, String inspectionId, String caseId, String templateCode,
                           List<ChecklistPoint> checklist, List<String> guidanceDocs,
                           List<Rectification> rectifications, List<FollowUp> followUps, LocalDate nextDue,
                           ComplianceGuidance.Status status, List<String> overdueRectifications, Long version) {

    static GuidanceView of(ComplianceGuidance g, LocalDate asOf) {
        return new GuidanceView(g.getId(), g.getAgencyCode(), g.getUscc(), g.getStage(), g.getGuidedOn(),
                g.getTopics(), g.getInspectionId(), g.getCaseId(), g.getTemplateCode(), g.getChecklist(),
                g.getGuidanceDocs(), g.getRectifications(), g.getFollowUps(), g.getNextDue(), g.getStatus(),
                g.overdue(asOf).stream().map(Rectification::code).toList(), g.getVersion());
    }
}
