package cn.gov.lyg.enforcement.inspection.plan;

import java.time.LocalDate;
import java.util.List;

/** A plan with its LATE flag as of a day. */
public record PlanView(String id, String agencyCode, String agencyRegion, int year, List<PlanTask> tasks,
                       PlanStatus status, String filedWith, LocalDate publishedOn, LocalDate deadline, boolean late,
                       Long version) {

    static PlanView of(AnnualPlan p, LocalDate asOf) {
        return new PlanView(p.getId(), p.getAgencyCode(), p.getAgencyRegion(), p.getYear(), p.getTasks(),
                p.getStatus(), p.getFiledWith(), p.getPublishedOn(), PlanRules.deadline(p.getYear()),
                p.lateAsOf(asOf), p.getVersion());
    }
}
