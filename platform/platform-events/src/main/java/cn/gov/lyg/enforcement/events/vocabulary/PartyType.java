package cn.gov.lyg.enforcement.events.vocabulary;

/** The kind of party 当事人 of a case: a citizen, a legal person or another organisation. */
public enum PartyType {
    CITIZEN("公民"),
    LEGAL_PERSON("法人"),
    OTHER_ORG("其他组织");

    private final String displayName;

    PartyType(String displayName) {
        this.displayName = displayName;
    }

    /** The Chinese name shown to users. */
    public String displayName() {
        return displayName;
    }
}
