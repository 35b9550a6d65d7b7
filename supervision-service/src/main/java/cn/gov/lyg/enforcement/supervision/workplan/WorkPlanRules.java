package cn.gov.lyg.enforcement.supervision.workplan;

import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import java.util.ArrayList;
import java.util.List;

/**
 * Rules of the annual supervision work plan 年度行政执法监督工作计划 [ASM: DOMAIN.md §2.5 names the plan, not its
 * content]: at least one item; every item has a title and a due date within the plan's year.
 */
public final class WorkPlanRules {

    private WorkPlanRules() {
    }

    public static List<FieldViolation> check(int year, String title, List<WorkPlanItem> items) {
        List<FieldViolation> errors = new ArrayList<>();
        if (title == null || title.isBlank()) {
            errors.add(FieldViolation.of("title", "FIELD_REQUIRED"));
        }
        if (items == null || items.isEmpty()) {
            errors.add(FieldViolation.of("items", "WORK_PLAN_EMPTY"));
            return errors;
        }
        for (int i = 0; i < items.size(); i++) {
            WorkPlanItem it = items.get(i);
            if (it.title() == null || it.title().isBlank()) {
                errors.add(FieldViolation.of("items[" + i + "].title", "FIELD_REQUIRED"));
            }
            if (it.category() == null) {
                errors.add(FieldViolation.of("items[" + i + "].category", "FIELD_REQUIRED"));
            }
            if (it.dueOn() == null) {
                errors.add(FieldViolation.of("items[" + i + "].dueOn", "FIELD_REQUIRED"));
            } else if (it.dueOn().getYear() != year) {
                errors.add(FieldViolation.of("items[" + i + "].dueOn", "WORK_PLAN_ITEM_OUTSIDE_YEAR"));
            }
        }
        return errors;
    }
}
