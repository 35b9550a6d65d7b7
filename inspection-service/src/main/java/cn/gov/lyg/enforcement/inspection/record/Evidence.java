package cn.gov.lyg.enforcement.inspection.record;

import java.time.Instant;

/** A photo, video or audio taken on site, identified by the SHA-256 of its bytes (the file lives elsewhere). */
public record Evidence(String kind, String sha256, Instant capturedAt, GeoPoint location) {
}
