package cn.gov.lyg.enforcement.inspection.guidance;

import java.time.LocalDate;

/**
 * A rectification 整改 asked of the enterprise: what, by when (working days on the platform calendar, counted from the
 * guidance day; {@code provisional} when the count reached an unloaded year), whether it was extended once, and its
 * state.
 */
public record Rectification(String code, String pointCode, String requirement, int workingDays, LocalDate dueDate,
                            boolean provisional, boolean extended, State state, LocalDate doneOn) {

    /** OPEN until a follow-up finds it RECTIFIED. */
    public enum State {
        OPEN, RECTIFIED
    }

    Rectification done(LocalDate day) {
        return new Rectification(code, pointCode, requirement, workingDays, dueDate, provisional, extended,
                State.RECTIFIED, day);
    }

    Rectification extendTo(LocalDate due, boolean prov) {
        return new Rectification(code, pointCode, requirement, workingDays, due, provisional || prov, true, state,
                doneOn);
    }

    /** Open and past its due date on the day. */
    public boolean overdue(LocalDate asOf) {
        return state == State.OPEN && asOf.isAfter(dueDate);
    }
}
