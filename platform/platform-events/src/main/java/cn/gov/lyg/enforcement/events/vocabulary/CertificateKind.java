package cn.gov.lyg.enforcement.events.vocabulary;

/** 证件种类 (DOMAIN.md §2.1.1). */
public enum CertificateKind {
    ENFORCEMENT("行政执法证"),
    SUPERVISION("行政执法监督证"),
    SPECIAL_STATUTORY("专门执法证");

    private final String displayName;

    CertificateKind(String displayName) {
        this.displayName = displayName;
    }

    /** The Chinese name shown to users. */
    public String displayName() {
        return displayName;
    }
}
