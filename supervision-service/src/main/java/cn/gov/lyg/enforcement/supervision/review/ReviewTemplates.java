package cn.gov.lyg.enforcement.supervision.review;

import cn.gov.lyg.enforcement.events.vocabulary.ReviewGrade;
import cn.gov.lyg.enforcement.events.vocabulary.ItemType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * The default template (version 1) used until the client supplies the DB32/T 4181—2021 tables: the veto items and
 * scored dimensions typical elsewhere and the default grade bands EXCELLENT ≥ 90, GOOD ≥ 80, QUALIFIED ≥ 60 [ASM]
 * (DOMAIN.md §2.5.1). A new version is a new template document, not a code change.
 */
public final class ReviewTemplates {

    public static final String DEFAULT_ID = "DEFAULT";

    private ReviewTemplates() {
    }

    public static List<GradeBand> defaultBands() {
        return List.of(GradeBand.of(ReviewGrade.EXCELLENT, "90"), GradeBand.of(ReviewGrade.GOOD, "80"),
                GradeBand.of(ReviewGrade.QUALIFIED, "60"), GradeBand.of(ReviewGrade.UNQUALIFIED, "0"));
    }

    public static ReviewScoringTemplate defaultTemplate() {
        return new ReviewScoringTemplate(DEFAULT_ID, 1,
                Set.of(ItemType.LICENSING, ItemType.PENALTY, ItemType.COERCION), new BigDecimal("100"), List.of(
                ReviewTemplateItem.veto("V01", "基本标准", "主体合法", "执法主体不合法"),
                ReviewTemplateItem.veto("V02", "基本标准", "执法资格", "执法人员不具备执法资格"),
                ReviewTemplateItem.veto("V03", "基本标准", "执法人员", "执法人员少于 2 人"),
                ReviewTemplateItem.veto("V04", "基本标准", "移送", "应当移送而未移送（如涉嫌犯罪）"),
                ReviewTemplateItem.veto("V05", "基本标准", "证据", "主要证据不足"),
                ReviewTemplateItem.veto("V06", "基本标准", "事实", "事实不清"),
                ReviewTemplateItem.veto("V07", "基本标准", "定性", "定性错误"),
                ReviewTemplateItem.veto("V08", "基本标准", "依据", "适用依据错误"),
                ReviewTemplateItem.veto("V09", "基本标准", "程序", "违反法定程序"),
                ReviewTemplateItem.deduction("D01", "事实证据", "证据确凿", "证据不完整或未经核对", DeductionRule.PER_OCCURRENCE, "2", "10"),
                ReviewTemplateItem.deduction("D02", "适用依据", "依据引用", "法律依据引用不具体到条款项", DeductionRule.FIXED, "5", "5"),
                ReviewTemplateItem.deduction("D03", "程序合法", "立案", "立案审批不规范", DeductionRule.FIXED, "3", "3"),
                ReviewTemplateItem.deduction("D04", "程序合法", "告知", "未告知或告知不完整", DeductionRule.FIXED, "5", "5"),
                ReviewTemplateItem.deduction("D05", "程序合法", "法制审核", "应当法制审核而审核不规范", DeductionRule.FIXED, "5", "5"),
                ReviewTemplateItem.deduction("D06", "程序合法", "集体讨论", "集体讨论记录不完整", DeductionRule.FIXED, "3", "3"),
                ReviewTemplateItem.deduction("D07", "程序合法", "送达", "送达不规范", DeductionRule.PER_OCCURRENCE, "2", "6"),
                ReviewTemplateItem.deduction("D08", "裁量适当", "基准", "未引用裁量基准或说明理由", DeductionRule.FIXED, "5", "5"),
                ReviewTemplateItem.deduction("D09", "文书规范", "统一文书", "文书不规范或填写不完整", DeductionRule.PER_OCCURRENCE, "1", "15"),
                ReviewTemplateItem.deduction("D10", "立卷归档", "卷内目录", "一案一卷、卷内目录、顺序或页码不规范", DeductionRule.PER_OCCURRENCE, "1", "10")),
                defaultBands());
    }
}
