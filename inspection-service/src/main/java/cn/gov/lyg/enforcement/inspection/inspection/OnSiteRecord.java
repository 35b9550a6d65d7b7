package cn.gov.lyg.enforcement.inspection.inspection;

import cn.gov.lyg.enforcement.inspection.record.Evidence;
import cn.gov.lyg.enforcement.inspection.record.FollowUpAction;
import cn.gov.lyg.enforcement.inspection.record.GeoPoint;
import java.time.Instant;
import java.util.List;

/** A synchronised mobile record 现场检查笔录 as stored (one per device record id). */
public record OnSiteRecord(String deviceId, String deviceRecordId, Instant capturedAt, Instant receivedAt,
                           GeoPoint location, String locationReason, boolean inspectionCodeScanned,
                           String inspectionCodeReason, List<Evidence> evidence, List<String> resultCodes,
                           List<FollowUpAction> followUpActions, String notes, String submittedBy) {
}
