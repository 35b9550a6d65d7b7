package cn.gov.lyg.enforcement.supervision.complaint;

import java.time.Instant;
import java.time.LocalDate;

/** 整改 after a substantiated finding: due date, the agency's report, the supervisor's verification. */
public record Rectification(LocalDate dueOn, String report, Instant submittedAt, Boolean verifiedOk, String verifiedBy,
                            Instant verifiedAt, String verificationNote) {
}
