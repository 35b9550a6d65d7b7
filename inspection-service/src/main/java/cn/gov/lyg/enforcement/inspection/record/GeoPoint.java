package cn.gov.lyg.enforcement.inspection.record;

/** A WGS-84 position; {@code accuracyMeters} may be {@code null}. */
public record GeoPoint(double latitude, double longitude, Double accuracyMeters) {

    private static final double EARTH_RADIUS_M = 6_371_008.8;

    public boolean valid() {
        return Double.isFinite(latitude) && Double.isFinite(longitude) && latitude >= -90 && latitude <= 90
                && longitude >= -180 && longitude <= 180 && (accuracyMeters == null || accuracyMeters >= 0);
    }

    /** Great-circle (haversine) distance in metres. */
    public double distanceTo(GeoPoint other) {
        double p1 = Math.toRadians(latitude);
        double p2 = Math.toRadians(other.latitude);
        double dp = p2 - p1;
        double dl = Math.toRadians(other.longitude - longitude);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
