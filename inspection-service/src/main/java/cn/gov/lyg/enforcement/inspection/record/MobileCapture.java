package cn.gov.lyg.enforcement.inspection.record;

import java.time.Instant;
import java.util.List;

/**
 * Metadata of an on-site record captured on a device, possibly offline (DOMAIN.md I7, I12, AS-22).
 *
 * @param deviceRecordId the device's own id of the record: a resubmission with the same id is the same record
 * @param locationReason why the position is missing or far from the registered address, if it is
 * @param inspectionCodeScanned whether the entity's inspection code was scanned at entry (扫码入企)
 * @param inspectionCodeReason why not, if not
 */
public record MobileCapture(String deviceId, String deviceRecordId, Instant capturedAt, GeoPoint location,
                            String locationReason, boolean inspectionCodeScanned, String inspectionCodeReason,
                            List<Evidence> evidence) {

    public MobileCapture {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
