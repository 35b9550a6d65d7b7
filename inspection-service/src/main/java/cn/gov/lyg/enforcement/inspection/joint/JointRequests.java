package cn.gov.lyg.enforcement.inspection.joint;

import java.time.LocalDate;
import java.util.List;

/** Request bodies of the joint-inspection endpoints. */
public final class JointRequests {

    private JointRequests() {
    }

    /** A joint inspection set up by the caller's agency with the other participants. */
    public record Create(String uscc, List<String> participantAgencyCodes, String scenarioCode, LocalDate plannedDate,
                         List<String> inspectionIds) {
    }

    public record Attach(String inspectionId) {
    }

    public record Decline(String reason) {
    }

    public record Schedule(LocalDate plannedDate) {
    }

    public record Notes(String text) {
    }

    public record Report(String summary) {
    }
}
