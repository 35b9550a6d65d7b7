package cn.gov.lyg.enforcement.supervision.letter;

import cn.gov.lyg.enforcement.platform.security.DataScope;
import cn.gov.lyg.enforcement.platform.security.Role;

/**
 * Letters are written by the judicial bureaus (their region covers the target agency) and read and answered by the
 * target agency once issued (drafts stay with the bureaus).
 */
public final class LetterAccess {

    static final Role[] AGENCY_READERS = {Role.OFFICER, Role.AGENCY_ADMIN, Role.AGENCY_LEADER, Role.LEGAL_REVIEWER};

    private LetterAccess() {
    }

    public static boolean supervises(DataScope scope, SupervisionLetter l) {
        return scope.isRegionalSupervisor() && scope.coversRegion(l.getRegionCode());
    }

    public static boolean isTarget(DataScope scope, SupervisionLetter l) {
        return scope.hasAny(AGENCY_READERS) && scope.belongsTo(l.getTargetAgencyCode())
                && l.getStatus() != LetterStatus.DRAFT;
    }

    public static boolean visible(DataScope scope, SupervisionLetter l) {
        return supervises(scope, l) || isTarget(scope, l);
    }

    /** Responses come from the agency's admin or leader. */
    public static boolean responds(DataScope scope, SupervisionLetter l) {
        return isTarget(scope, l) && scope.hasAny(Role.AGENCY_ADMIN, Role.AGENCY_LEADER);
    }
}
