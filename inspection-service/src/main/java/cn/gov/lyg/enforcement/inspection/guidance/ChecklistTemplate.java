package cn.gov.lyg.enforcement.inspection.guidance;

import java.util.List;

/** A compliance checklist template 合规清单 for a domain (data, {@code inspection.guidance.checklists}). */
public record ChecklistTemplate(String code, String name, String domain, List<String> points) {

    public ChecklistTemplate {
        points = points == null ? List.of() : List.copyOf(points);
    }
}
