package cn.gov.lyg.enforcement.benchmark.check;

/** Officer profiles of legal reviewers (法制审核人员, 法律职业资格), as far as this service knows them. */
public interface ReviewerProfiles {

    ReviewerProfile find(String officerId);
}
