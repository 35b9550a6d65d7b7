package cn.gov.lyg.enforcement.supervision.complaint;

import cn.gov.lyg.enforcement.platform.security.DataScope;
import cn.gov.lyg.enforcement.platform.security.Role;

/**
 * Who sees and does what with a complaint (DOMAIN.md §2.0.4, §2.5.2):
 * <ul>
 *   <li>a judicial bureau (SUPERVISOR_CITY / SUPERVISOR_COUNTY) sees the complaints about agencies of its region, or
 *       routed to one (the city bureau: the whole city), sees the complainant, routes, verifies, closes, urges;</li>
 *   <li>an agency's users see the complaints about their agency or routed to it, without the complainant's
 *       identity (unless the complainant consented to disclosure), and act on those routed to their agency;</li>
 *   <li>the hotline system (HOTLINE) registers 12345 / 12348 orders, reads them back with the complainant, and may
 *       reopen them when the complainant is dissatisfied;</li>
 *   <li>the officers a complaint is about ({@code respondentOfficerIds}, named by their user names) are recused: they
 *       may see it like their colleagues, but never act on it ({@link #recused}).</li>
 * </ul>
 */
public final class ComplaintAccess {

    static final Role[] AGENCY_ROLES = {Role.OFFICER, Role.AGENCY_ADMIN, Role.AGENCY_LEADER, Role.LEGAL_REVIEWER};

    private ComplaintAccess() {
    }

    public static boolean visible(DataScope scope, Complaint c) {
        if (scope.has(Role.HOTLINE) && c.getChannel().hotline()) {
            return true;
        }
        if (supervises(scope, c)) {
            return true;
        }
        return scope.hasAny(AGENCY_ROLES) && scope.agencyCode() != null
                && (scope.belongsTo(c.getRespondentAgencyCode()) || scope.belongsTo(c.getAssigneeAgencyCode()));
    }

    /** A judicial bureau whose region covers the respondent's or the assignee's region. */
    public static boolean supervises(DataScope scope, Complaint c) {
        return scope.isRegionalSupervisor() && (scope.coversRegion(c.getRespondentRegionCode())
                || (c.getAssigneeRegionCode() != null && scope.coversRegion(c.getAssigneeRegionCode())));
    }

    /**
     * Whether the complainant's identity is shown: to the supervising bureau (unless it is itself the body complained
     * about) and to the hotline; to anyone else who sees the complaint only with the complainant's consent.
     */
    public static boolean seesIdentity(DataScope scope, Complaint c) {
        if (scope.belongsTo(c.getRespondentAgencyCode())) {
            return consented(c);
        }
        if (scope.has(Role.HOTLINE) && c.getChannel().hotline()) {
            return true;
        }
        if (supervises(scope, c)) {
            return true;
        }
        return consented(c);
    }

    /** The handling unit the complaint is routed to, or the supervising bureau acting for it. */
    public static boolean handles(DataScope scope, Complaint c) {
        if (c.getAssigneeAgencyCode() != null && scope.belongsTo(c.getAssigneeAgencyCode())
                && (scope.hasAny(AGENCY_ROLES) || scope.isRegionalSupervisor())) {
            return true;
        }
        return supervises(scope, c) && !scope.belongsTo(c.getRespondentAgencyCode());
    }

    /**
     * Recusal (DOMAIN.md §2.5.2 "about an officer's misconduct → his agency's legal unit", P4): the caller is one of
     * the officers the complaint is about, named in {@code respondentOfficerIds} by user name (Keycloak
     * {@code preferred_username}, compared trimmed and case-insensitively as Keycloak does) or by token subject.
     */
    public static boolean recused(DataScope scope, Complaint c) {
        for (String named : c.getRespondentOfficerIds()) {
            String n = named == null ? "" : named.trim();
            if (!n.isEmpty() && ((scope.username() != null && n.equalsIgnoreCase(scope.username().trim()))
                    || n.equals(scope.subject()))) {
                return true;
            }
        }
        return false;
    }

    /** Extensions need a leader of the handling unit or the supervising bureau. */
    public static boolean approvesExtension(DataScope scope, Complaint c) {
        if (c.getAssigneeAgencyCode() != null && scope.belongsTo(c.getAssigneeAgencyCode())
                && (scope.has(Role.AGENCY_LEADER) || scope.isRegionalSupervisor())) {
            return true;
        }
        return supervises(scope, c) && !scope.belongsTo(c.getRespondentAgencyCode());
    }

    /** Verification, closing, urging and routing belong to the supervising bureau. */
    public static boolean supervisesActions(DataScope scope, Complaint c) {
        return supervises(scope, c) && !scope.belongsTo(c.getRespondentAgencyCode());
    }

    private static boolean consented(Complaint c) {
        return c.getComplainant() != null && c.getComplainant().disclosureConsent()
                && !c.getComplainant().anonymous();
    }
}
