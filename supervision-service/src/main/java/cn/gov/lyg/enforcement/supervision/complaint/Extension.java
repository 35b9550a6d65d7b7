package cn.gov.lyg.enforcement.supervision.complaint;

import java.time.Instant;
import java.time.LocalDate;

/** The one extension of a handling period, approved by a leader. */
public record Extension(int workingDays, String reason, String approvedBy, Instant at, LocalDate previousDueOn,
                        LocalDate newDueOn) {
}
