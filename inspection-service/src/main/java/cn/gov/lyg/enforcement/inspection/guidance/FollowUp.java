package cn.gov.lyg.enforcement.inspection.guidance;

import java.time.LocalDate;

/** A follow-up visit or check 回访 of a rectification. */
public record FollowUp(LocalDate date, String rectificationCode, Outcome outcome, String note, String by,
                       boolean late) {

    /** RECTIFIED closes the rectification, EXTENDED moves its deadline once, NOT_RECTIFIED keeps it open. */
    public enum Outcome {
        RECTIFIED, NOT_RECTIFIED, EXTENDED
    }
}
