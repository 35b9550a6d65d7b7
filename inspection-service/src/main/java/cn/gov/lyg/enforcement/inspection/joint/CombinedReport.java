package cn.gov.lyg.enforcement.inspection.joint;

import java.time.Instant;
import java.util.List;

/**
 * The one combined report 一次到位 of a joint inspection to the enterprise: a section per participant with the results
 * of its own inspection for its own items (each agency's result counts for that agency only), and the lead
 * department's summary.
 */
public record CombinedReport(Instant reportedAt, String reportedBy, String summary, List<Section> sections) {

    /** One participant's results for its own items. */
    public record Section(String agencyCode, String inspectionId, String inspectionNo, List<String> itemIds,
                          List<String> resultCodes, List<String> followUpActions) {
    }
}
