package cn.gov.lyg.enforcement.supervision.complaint;

import java.time.LocalDate;

/** List filters; {@code overdueAsOf} keeps the complaints whose current deadline passed before that day. */
public record ComplaintFilter(ComplaintStatus status, Channel channel, String respondentAgencyCode,
                              String externalOrderNo, LocalDate overdueAsOf, Boolean escalated) {
}
