package cn.gov.lyg.enforcement.supervision.complaint;

/**
 * The complaint deadlines of DOMAIN.md §2.5.2 (all [ASM], configurable under {@code supervision.complaints.*}):
 * working days unless said otherwise, counted with the platform calendar, the trigger day being day 0.
 *
 * @param signWorkingDays          sign for a transferred work order
 * @param returnWorkingDays        return a wrongly addressed order (later returns are recorded as late)
 * @param acceptWorkingDays        decide on acceptance, from the signing
 * @param handleWorkingDays        handle, from the acceptance (or a reopening)
 * @param maxExtensionWorkingDays  the one extension of a handling period
 * @param replyWorkingDays         reply to the complainant, from the conclusion / non-acceptance / verification
 * @param reopenCalendarDays       a closed complaint may be reopened within this many calendar days
 * @param escalateAfterWorkingDays escalate to the upper judicial bureau once a deadline is this many working days past
 * @param rectificationCalendarDays default rectification period after a substantiated finding (calendar days)
 */
public record ComplaintPolicy(int signWorkingDays, int returnWorkingDays, int acceptWorkingDays, int handleWorkingDays,
                              int maxExtensionWorkingDays, int replyWorkingDays, int reopenCalendarDays,
                              int escalateAfterWorkingDays, int rectificationCalendarDays) {

    public static ComplaintPolicy defaults() {
        return new ComplaintPolicy(1, 1, 5, 15, 15, 3, 15, 5, 30);
    }
}
