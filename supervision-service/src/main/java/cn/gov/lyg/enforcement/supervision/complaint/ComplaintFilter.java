package cn.gov.lyg.enforcement.supervision.complaint;

import cn.gov.lyg.enforcement.events.vocabulary.ComplaintChannel;
import java.time.LocalDate;

/** List filters; {@code overdueAsOf} keeps the complaints whose current deadline passed before that day. */
public record ComplaintFilter(ComplaintStatus status, ComplaintChannel channel, String respondentAgencyCode,
                              String externalOrderNo, LocalDate overdueAsOf, Boolean escalated) {
}
