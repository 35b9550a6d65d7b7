package cn.gov.lyg.enforcement.inspection.guidance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Rules of compliance guidance 涉企行政合规全过程指导 (DOMAIN.md §2.3.2 [ASM design]): a stage and at least one topic;
 * DURING guidance belongs to an inspection of the guiding agency, POST guidance to a closed case; every
 * NON_COMPLIANT checklist point gets a rectification; rectification periods are 1–60 working days (platform
 * calendar); a rectification may be extended once.
 */
public final class GuidanceRules {

    public static final int MAX_WORKING_DAYS = 60;

    /** A rectification as asked for. */
    public record RectificationRequest(String pointCode, String requirement, Integer workingDays) {
    }

    public List<String> check(GuidanceStage stage, Collection<String> topics, String inspectionId, String caseId,
                              Collection<ChecklistPoint> checklist, Collection<RectificationRequest> rectifications) {
        List<String> codes = new ArrayList<>();
        if (stage == null) {
            codes.add("GUIDANCE_STAGE_REQUIRED");
        }
        if (topics == null || topics.stream().allMatch(t -> t == null || t.isBlank())) {
            codes.add("GUIDANCE_TOPICS_REQUIRED");
        }
        if (stage == GuidanceStage.DURING && (inspectionId == null || inspectionId.isBlank())) {
            codes.add("GUIDANCE_INSPECTION_REQUIRED");
        }
        if (stage == GuidanceStage.POST && (caseId == null || caseId.isBlank())) {
            codes.add("GUIDANCE_CASE_REQUIRED");
        }
        Collection<RectificationRequest> rs = rectifications == null ? List.of() : rectifications;
        for (RectificationRequest r : rs) {
            if (r.workingDays() == null || r.workingDays() < 1 || r.workingDays() > MAX_WORKING_DAYS) {
                codes.add("RECTIFICATION_DAYS_INVALID");
                break;
            }
        }
        Set<String> covered = rs.stream().map(RectificationRequest::pointCode).collect(Collectors.toSet());
        if (checklist != null) {
            checklist.stream().filter(p -> p.status() == ChecklistPoint.PointStatus.NON_COMPLIANT
                    && !covered.contains(p.code())).findFirst().ifPresent(p -> codes.add("RECTIFICATION_REQUIRED"));
        }
        return codes;
    }

    /** The first uncovered non-compliant point (for the message). */
    public static String uncovered(Collection<ChecklistPoint> checklist, Collection<RectificationRequest> rs) {
        Set<String> covered = rs == null ? Set.of() : rs.stream().map(RectificationRequest::pointCode)
                .collect(Collectors.toSet());
        return checklist == null ? null : checklist.stream().filter(p -> p.status()
                == ChecklistPoint.PointStatus.NON_COMPLIANT && !covered.contains(p.code())).map(ChecklistPoint::code)
                .findFirst().orElse(null);
    }
}
