package cn.gov.lyg.enforcement.supervision.caseregister;

/** The kind of enforcement act a case is about (the item types of the catalog that produce cases). */
public enum CaseType {
    LICENSING,
    PENALTY,
    COERCION,
    LEVY,
    INSPECTION,
    CONFIRMATION,
    ADJUDICATION,
    OTHER;

    /** Licensing and penalty decisions are disclosed within 7 working days, the others within 20 (国办发〔2018〕118号). */
    public boolean shortDisclosure() {
        return this == LICENSING || this == PENALTY;
    }
}
