package cn.gov.lyg.enforcement.inspection.spotcheck;

import java.time.LocalDate;
import java.util.List;

/**
 * Published inside the service after the draw of a joint spot check 部门联合抽查 (Spring application event): the
 * entities drawn are common targets of the lead and the participating agencies and must be inspected jointly
 * (DOMAIN.md I6), so the joint-inspection feature sets up one joint inspection per target.
 */
public record JointSpotCheckDrawn(String taskId, String taskCode, String leadAgencyCode,
                                  List<String> participatingAgencyCodes, String crossDeptItemId, LocalDate drawnOn,
                                  List<Target> targets) {

    /** A drawn entity. */
    public record Target(String uscc, String regionCode) {
    }
}
