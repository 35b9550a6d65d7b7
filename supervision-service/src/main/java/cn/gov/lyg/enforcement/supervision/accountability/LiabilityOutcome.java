package cn.gov.lyg.enforcement.supervision.accountability;

import cn.gov.lyg.enforcement.events.vocabulary.AccountabilityMeasure;

/**
 * The outcome for one respondent (DOMAIN.md §2.5.8), with the certificate measure personnel-service applies:
 * 暂扣执法证件 suspends the enforcement certificate, 取消执法资格/收回证件 withdraws it; the others do not act on the
 * certificate. 尽职免责 (exempted after due diligence) and 不予追责 carry no liability.
 */
public enum LiabilityOutcome {
    CRITICISM_EDUCATION("批评教育", AccountabilityMeasure.NO_CERTIFICATE_MEASURE),
    WRITTEN_SELF_CRITICISM("责令书面检查", AccountabilityMeasure.NO_CERTIFICATE_MEASURE),
    CIRCULATED_CRITICISM("通报批评", AccountabilityMeasure.NO_CERTIFICATE_MEASURE),
    SUSPEND_CERTIFICATE("暂扣执法证件", AccountabilityMeasure.SUSPEND_CERTIFICATE),
    REMOVE_FROM_POST("调离执法岗位", AccountabilityMeasure.NO_CERTIFICATE_MEASURE),
    WITHDRAW_QUALIFICATION("取消执法资格、收回执法证件", AccountabilityMeasure.WITHDRAW_CERTIFICATE),
    RECOMMEND_SANCTION("建议给予处分", AccountabilityMeasure.NO_CERTIFICATE_MEASURE),
    EXEMPTED("尽职免责", AccountabilityMeasure.NO_CERTIFICATE_MEASURE),
    NO_LIABILITY("不予追责", AccountabilityMeasure.NO_CERTIFICATE_MEASURE);

    private final String displayName;
    private final AccountabilityMeasure measure;

    LiabilityOutcome(String displayName, AccountabilityMeasure measure) {
        this.displayName = displayName;
        this.measure = measure;
    }

    public String displayName() {
        return displayName;
    }

    public AccountabilityMeasure measure() {
        return measure;
    }

    /** Whether the respondent is held liable (needs a fault type). */
    public boolean liable() {
        return this != EXEMPTED && this != NO_LIABILITY;
    }
}
