package cn.gov.lyg.enforcement.inspection.guidance;

import java.util.List;

/** The configured compliance checklist templates ({@code inspection.guidance.checklists}). */
public record ChecklistTemplates(List<ChecklistTemplate> all) {

    public ChecklistTemplates {
        all = all == null ? List.of() : List.copyOf(all);
    }
}
