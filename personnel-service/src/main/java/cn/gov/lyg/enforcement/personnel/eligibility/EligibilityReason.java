package cn.gov.lyg.enforcement.personnel.eligibility;

/** Why an officer may not enforce (DOMAIN.md §2.1.2 {@code assignable}, §2.1.3 P1/P6/P10). */
public enum EligibilityReason {
    NOT_ON_DUTY("不在执法岗位"),
    NO_CERTIFICATE("未取得行政执法证件"),
    CERTIFICATE_NOT_ISSUED("证件尚在申领中"),
    CERTIFICATE_SUSPENDED("证件已暂扣"),
    CERTIFICATE_EXPIRED("证件已过有效期"),
    CERTIFICATE_NOT_YET_VALID("证件尚未生效"),
    CERTIFICATE_WITHDRAWN("证件已收回"),
    CERTIFICATE_REVOKED("证件已吊销"),
    CERTIFICATE_CANCELLED("证件已注销"),
    CERTIFICATE_LOST("证件已挂失"),
    AGENCY_MISMATCH("证件所属单位与现工作单位不一致（调动后需重新申领）"),
    ANNUAL_REVIEW_OVERDUE("年度审验逾期"),
    DOMAIN_MISMATCH("证件执法类别不包含该领域"),
    AREA_MISMATCH("证件执法区域不包含该地区");

    private final String displayName;

    EligibilityReason(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
