package cn.gov.lyg.enforcement.inspection.team;

/** Who a team member is: a certified officer 行政执法人员 or auxiliary staff 行政执法辅助人员 (no enforcement power). */
public enum MemberKind { OFFICER, AUXILIARY }
