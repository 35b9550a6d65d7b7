package cn.gov.lyg.enforcement.personnel.eligibility;

import cn.gov.lyg.enforcement.personnel.certificate.Certificate;
import cn.gov.lyg.enforcement.personnel.officer.Officer;
import cn.gov.lyg.enforcement.platform.readmodel.VersionedMirror;
import java.util.List;
import java.util.Optional;

/**
 * The facts the eligibility check reads, held in memory: officers by id and certificates grouped by officer, so that
 * a check costs no database round trip and no scan (the MongoDB-wire stand-in has no secondary indexes; on a real
 * MongoDB the same check would be two indexed queries, ~1 ms, still the largest part of the request).
 *
 * <p>Kept in step by the platform's {@code MongoMirrorSync} (start-up load, refresh every
 * {@code personnel.eligibility.read-model.refresh-interval}, default 2 s, full rebuild every 30 min) and, for this
 * instance's own writes, synchronously by {@link EligibilityWriteHooks} — so a revocation answered by this instance
 * is visible to its next eligibility check, and one written by another instance within the refresh interval. The
 * values are detached copies read from MongoDB (never the instances services go on mutating) and are never mutated.
 */
public final class EligibilityReadModel {

    private final VersionedMirror<Officer> officers = new VersionedMirror<>(Officer::getId, EligibilityReadModel::version,
            null);
    private final VersionedMirror<Certificate> certificates = new VersionedMirror<>(Certificate::getId,
            EligibilityReadModel::version, Certificate::getOfficerId);

    VersionedMirror<Officer> officers() {
        return officers;
    }

    VersionedMirror<Certificate> certificates() {
        return certificates;
    }

    /** Whether both collections have been loaded once (before that, callers read MongoDB). */
    public boolean isLoaded() {
        return officers.isLoaded() && certificates.isLoaded();
    }

    public Optional<Officer> officer(String id) {
        return officers.get(id);
    }

    public List<Certificate> certificatesOf(String officerId) {
        return certificates.group(officerId);
    }

    private static long version(cn.gov.lyg.enforcement.platform.mongo.AggregateDocument document) {
        return document.getVersion() == null ? -1 : document.getVersion();
    }
}
