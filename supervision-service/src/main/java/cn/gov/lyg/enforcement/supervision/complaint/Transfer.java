package cn.gov.lyg.enforcement.supervision.complaint;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One routing of the complaint to a handling unit (转办): it must be signed for, or returned with a reason when
 * wrongly addressed, by {@code dueOn} (1 working day [ASM]). A return after that is recorded as late.
 */
public record Transfer(String toAgencyCode, String toRegionCode, Instant at, LocalDate dueOn, String by,
                       Instant signedAt, Instant returnedAt, String returnReason, boolean late) {

    Transfer signed(Instant when, boolean isLate) {
        return new Transfer(toAgencyCode, toRegionCode, at, dueOn, by, when, null, null, isLate);
    }

    Transfer returned(Instant when, String reason, boolean isLate) {
        return new Transfer(toAgencyCode, toRegionCode, at, dueOn, by, null, when, reason, isLate);
    }

    boolean open() {
        return signedAt == null && returnedAt == null;
    }
}
