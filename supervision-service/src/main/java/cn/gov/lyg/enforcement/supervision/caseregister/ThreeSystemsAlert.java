package cn.gov.lyg.enforcement.supervision.caseregister;

import java.time.LocalDate;

/** A three-systems deadline that passed without the act, noticed by the alert job on {@code raisedOn}. */
public record ThreeSystemsAlert(String kind, LocalDate dueOn, LocalDate raisedOn) {

    public static final String DISCLOSURE = "DISCLOSURE_OVERDUE";
    public static final String WITHDRAWAL = "WITHDRAWAL_OVERDUE";
}
