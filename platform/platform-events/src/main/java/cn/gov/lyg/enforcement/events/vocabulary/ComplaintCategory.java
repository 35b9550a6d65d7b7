package cn.gov.lyg.enforcement.events.vocabulary;

/** What an enforcement complaint is about (DOMAIN.md §2.5.2). */
public enum ComplaintCategory {
    UNLICENSED_ENFORCEMENT("无证执法"),
    NO_CERT_SHOWN("未亮证"),
    PROCEDURE("程序违法"),
    EXCESSIVE_PENALTY("处罚过当"),
    INACTION("不作为"),
    REPEATED_INSPECTION("重复检查"),
    ATTITUDE("态度问题"),
    CORRUPTION("廉政问题"),
    OTHER("其他");

    private final String displayName;

    ComplaintCategory(String displayName) {
        this.displayName = displayName;
    }

    /** The Chinese name shown to users. */
    public String displayName() {
        return displayName;
    }
}
