package cn.gov.lyg.enforcement.benchmark.check;

/** 当事人类型. */
public enum PartyType {
    CITIZEN, LEGAL_PERSON, OTHER_ORG;

    public boolean organisation() {
        return this != CITIZEN;
    }
}
