package cn.gov.lyg.enforcement.personnel.training;

/** 培训类别 (DOMAIN.md §2.1.1, §5 Q3). */
public enum TrainingCategory {
    POLITICAL_THEORY("政治理论"),
    PUBLIC_LAW("公共法律知识"),
    SPECIALIST_LAW("专门法律知识"),
    ENFORCEMENT_SKILLS("执法技能");

    private final String displayName;

    TrainingCategory(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
