package cn.gov.lyg.enforcement.inspection.plan;

import cn.gov.lyg.enforcement.inspection.shared.RuleViolation;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Set;

/**
 * Annual inspection plans (DOMAIN.md §2.3.1, §2.3.2, I4, AS-16, AS-17):
 * <ul>
 *   <li>tasks are ROUTINE or SPECIAL, with items, a period inside the plan year and a positive frequency cap
 *       ({@code PLAN_TASK_INVALID});</li>
 *   <li>a SPECIAL task needs the approving authority and the approval document before publication
 *       ({@code SPECIAL_INSPECTION_NOT_APPROVED});</li>
 *   <li>the plan is filed with the supervising judicial bureau: the county bureau for county departments and
 *       townships (their region is the county), the city bureau for city departments ({@code FILING_BUREAU_MISMATCH});
 *       publication needs the filing ({@code PLAN_NOT_FILED});</li>
 *   <li>publication is due by 31 March of the plan year, a calendar date not moved by holidays; a plan not published
 *       by then, or published later, is LATE.</li>
 * </ul>
 */
public final class PlanRules {

    public static final MonthDay PUBLICATION_DEADLINE = MonthDay.of(3, 31);
    private static final Set<String> KINDS = Set.of("ROUTINE", "SPECIAL");

    public void checkTasks(int year, List<PlanTask> tasks) {
        if (tasks == null || tasks.isEmpty()) {
            throw RuleViolation.invalid("PLAN_TASK_INVALID", "tasks").with("field", "tasks");
        }
        for (int i = 0; i < tasks.size(); i++) {
            PlanTask t = tasks.get(i);
            String field = "tasks[" + i + "]";
            if (t.taskName() == null || t.taskName().isBlank() || !KINDS.contains(t.kind()) || t.itemIds().isEmpty()
                    || t.startDate() == null || t.endDate() == null || t.endDate().isBefore(t.startDate())
                    || t.startDate().getYear() != year || t.endDate().getYear() != year
                    || (t.frequencyCapPerObject() != null && t.frequencyCapPerObject() < 1)) {
                throw RuleViolation.invalid("PLAN_TASK_INVALID", field).with("field", field);
            }
        }
    }

    public void checkPublishable(List<PlanTask> tasks, PlanStatus status) {
        for (PlanTask t : tasks) {
            if (t.special() && !t.approved()) {
                throw RuleViolation.invalid("SPECIAL_INSPECTION_NOT_APPROVED", t.taskName());
            }
        }
        if (status != PlanStatus.FILED) {
            throw RuleViolation.conflict("PLAN_NOT_FILED");
        }
    }

    /** The bureau region a plan of an agency in {@code agencyRegion} is filed with. */
    public static String filingRegion(String agencyRegion) {
        return agencyRegion;
    }

    public void checkFilingBureau(String agencyRegion, String bureauRegion) {
        if (bureauRegion == null || !bureauRegion.equals(filingRegion(agencyRegion))) {
            throw RuleViolation.invalid("FILING_BUREAU_MISMATCH", agencyRegion);
        }
    }

    public static LocalDate deadline(int year) {
        return PUBLICATION_DEADLINE.atYear(year);
    }

    /** LATE: published after the deadline, or not published and the deadline passed by {@code asOf}. */
    public static boolean late(int year, LocalDate publishedOn, LocalDate asOf) {
        LocalDate deadline = deadline(year);
        return publishedOn != null ? publishedOn.isAfter(deadline) : asOf.isAfter(deadline);
    }
}
