package cn.gov.lyg.enforcement.supervision.review;

import java.time.LocalDate;

/**
 * The rectification 整改 a reviewed file requires (problems found or UNQUALIFIED): due on a working-day deadline after
 * publication; the agency reports it (late reports are marked), the bureau verifies it (not ok: required again with a
 * new due date, one more round).
 */
public record ReviewRectification(Status status, LocalDate dueOn, String report, LocalDate submittedOn,
                                  String submittedBy, boolean late, LocalDate verifiedOn, String verifiedBy,
                                  String note, int round) {

    /** REQUIRED (waiting for the agency), SUBMITTED (waiting for the bureau), VERIFIED (closed). */
    public enum Status { REQUIRED, SUBMITTED, VERIFIED }

    static ReviewRectification required(LocalDate dueOn) {
        return new ReviewRectification(Status.REQUIRED, dueOn, null, null, null, false, null, null, null, 1);
    }

    /** Waiting for the agency's report past the due day, as of a day. */
    public boolean overdue(LocalDate asOf) {
        return status == Status.REQUIRED && dueOn != null && asOf.isAfter(dueOn);
    }
}
