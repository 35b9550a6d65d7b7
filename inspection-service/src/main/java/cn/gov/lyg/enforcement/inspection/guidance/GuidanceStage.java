package cn.gov.lyg.enforcement.inspection.guidance;

/**
 * 涉企行政合规全过程指导 stages (DOMAIN.md §2.3.2): PRE 事前提醒 (risk notice, compliance checklist), DURING 事中指导
 * (on-site guidance during an inspection, first-time correction of minor problems), POST 事后回访 (after case closure,
 * credit repair guidance).
 */
public enum GuidanceStage {
    PRE, DURING, POST
}
