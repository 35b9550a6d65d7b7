package cn.gov.lyg.enforcement.inspection.team;

import cn.gov.lyg.enforcement.inspection.shared.RuleViolation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Team rules of an inspection (DOMAIN.md I1, I2, P1, P4–P6):
 * <ul>
 *   <li>at least {@value #MIN_QUALIFIED} officers assignable on the date, in every item domain and the entity's region
 *       ({@code MIN_TWO_QUALIFIED_OFFICERS});</li>
 *   <li>an officer who is not assignable is refused with {@code CERTIFICATE_SUSPENDED} (suspended certificate),
 *       {@code CERTIFICATE_NOT_ASSIGNABLE} (any other certificate or duty reason), {@code DOMAIN_MISMATCH} or
 *       {@code AREA_MISMATCH}; the refusal carries personnel's reason codes;</li>
 *   <li>an officer who declared a conflict of interest with the entity (credit code, from the projection) or with
 *       the inspection's citizen party (ID number, asked from personnel at assignment, start and submission; personnel
 *       not answering refuses the step with 503 {@code PERSONNEL_UNAVAILABLE}, never assigns unchecked):
 *       {@code RECUSAL_CONFLICT};</li>
 *   <li>an officer of another agency: {@code OFFICER_NOT_IN_AGENCY};</li>
 *   <li>auxiliary staff only as ASSISTANT: never lead ({@code AUXILIARY_CANNOT_LEAD}, also a team without any
 *       officer), never sign as inspector ({@code AUXILIARY_NOT_PERMITTED}); must be ACTIVE staff of the agency
 *       ({@code AUXILIARY_NOT_ACTIVE});</li>
 *   <li>exactly one LEAD, an officer; when none is named the first officer leads ({@code TEAM_LEAD_CONFLICT} for
 *       several); nobody twice ({@code TEAM_MEMBER_DUPLICATE}).</li>
 * </ul>
 */
public final class TeamRules {

    public static final int MIN_QUALIFIED = 2;

    private static final Set<String> STATUS_REASONS = Set.of("NOT_ON_DUTY", "NO_CERTIFICATE", "CERTIFICATE_NOT_ISSUED",
            "CERTIFICATE_EXPIRED", "CERTIFICATE_NOT_YET_VALID", "CERTIFICATE_WITHDRAWN", "CERTIFICATE_REVOKED",
            "CERTIFICATE_CANCELLED", "CERTIFICATE_LOST", "AGENCY_MISMATCH", "ANNUAL_REVIEW_OVERDUE");

    /** The refusal code for an officer that is not assignable, from personnel's reasons. */
    public static String refusalCode(List<String> reasons) {
        if (reasons.contains("CERTIFICATE_SUSPENDED")) {
            return "CERTIFICATE_SUSPENDED";
        }
        if (reasons.stream().anyMatch(STATUS_REASONS::contains)) {
            return "CERTIFICATE_NOT_ASSIGNABLE";
        }
        if (reasons.contains("DOMAIN_MISMATCH")) {
            return "DOMAIN_MISMATCH";
        }
        if (reasons.contains("AREA_MISMATCH")) {
            return "AREA_MISMATCH";
        }
        return "CERTIFICATE_NOT_ASSIGNABLE";
    }

    /**
     * Validates a team and returns it with roles settled (first officer LEAD when none named, other officers
     * INSPECTOR, auxiliary staff ASSISTANT).
     *
     * @throws RuleViolation the first broken rule
     */
    public List<TeamMember> validate(List<TeamMember> members, TeamContext ctx, EligibilityLookup lookup) {
        List<TeamMember> team = structure(members);
        List<MemberProblem> problems = memberProblems(team, ctx, lookup);
        if (!problems.isEmpty()) {
            MemberProblem p = problems.get(0);
            throw RuleViolation.invalid(p.code(), p.personId()).with("personId", p.personId())
                    .with("reasons", p.reasons());
        }
        long officers = team.stream().filter(m -> m.kind() == MemberKind.OFFICER).count();
        if (officers < MIN_QUALIFIED) {
            throw RuleViolation.invalid("MIN_TWO_QUALIFIED_OFFICERS", officers);
        }
        return team;
    }

    /** Structural rules only (roles, auxiliary staff, duplicates); returns the team with roles settled. */
    public List<TeamMember> structure(List<TeamMember> members) {
        if (members == null || members.isEmpty()) {
            throw RuleViolation.invalid("MIN_TWO_QUALIFIED_OFFICERS", 0);
        }
        Set<String> seen = new HashSet<>();
        for (TeamMember m : members) {
            if (!seen.add(m.personId())) {
                throw RuleViolation.invalid("TEAM_MEMBER_DUPLICATE", m.personId());
            }
            if (m.kind() == MemberKind.AUXILIARY && m.role() == TeamRole.LEAD) {
                throw RuleViolation.invalid("AUXILIARY_CANNOT_LEAD", m.personId());
            }
            if (m.kind() == MemberKind.AUXILIARY && m.role() == TeamRole.INSPECTOR) {
                throw RuleViolation.invalid("AUXILIARY_NOT_PERMITTED", m.personId());
            }
        }
        if (members.stream().noneMatch(m -> m.kind() == MemberKind.OFFICER)) {
            throw RuleViolation.invalid("AUXILIARY_CANNOT_LEAD", members.get(0).personId());
        }
        long leads = members.stream().filter(m -> m.role() == TeamRole.LEAD).count();
        if (leads > 1) {
            throw RuleViolation.invalid("TEAM_LEAD_CONFLICT");
        }
        List<TeamMember> settled = new ArrayList<>();
        boolean leadGiven = leads == 1;
        for (TeamMember m : members) {
            if (m.kind() == MemberKind.AUXILIARY) {
                settled.add(m.withRole(TeamRole.ASSISTANT));
            } else if (m.role() == null) {
                settled.add(m.withRole(leadGiven ? TeamRole.INSPECTOR : TeamRole.LEAD));
                leadGiven = true;
            } else {
                settled.add(m);
            }
        }
        return settled;
    }

    /**
     * Every member who cannot serve on this inspection now (used at assignment, start, submission and when a
     * certificate event arrives: a non-empty answer makes the team {@code TEAM_INVALID}).
     */
    public List<MemberProblem> memberProblems(List<TeamMember> team, TeamContext ctx, EligibilityLookup lookup) {
        List<MemberProblem> problems = new ArrayList<>();
        for (TeamMember m : team) {
            if (m.kind() == MemberKind.AUXILIARY) {
                if (!lookup.auxiliaryActive(m.personId(), ctx.agencyCode())) {
                    problems.add(new MemberProblem(m.personId(), "AUXILIARY_NOT_ACTIVE", List.of()));
                }
                continue;
            }
            OfficerVerdict v = lookup.officer(m.personId(), ctx.date(), ctx.domains(), ctx.regionCode());
            if (v.agencyCode() != null && !v.agencyCode().equals(ctx.agencyCode())) {
                problems.add(new MemberProblem(m.personId(), "OFFICER_NOT_IN_AGENCY", v.reasons()));
            } else if (!v.assignable()) {
                problems.add(new MemberProblem(m.personId(), refusalCode(v.reasons()), v.reasons()));
            } else if (ctx.uscc() != null && lookup.recused(m.personId(), ctx.uscc())) {
                problems.add(new MemberProblem(m.personId(), "RECUSAL_CONFLICT", List.of("RECUSAL_CONFLICT")));
            } else if (ctx.citizenParty() != null
                    && lookup.citizenRecused(m.personId(), ctx.citizenParty(), ctx.date())) {
                problems.add(new MemberProblem(m.personId(), "RECUSAL_CONFLICT", List.of("RECUSAL_CONFLICT")));
            }
        }
        return problems;
    }

    /** Whether an already assigned team is still valid: no member problem and at least two qualified officers. */
    public boolean stillValid(List<TeamMember> team, TeamContext ctx, EligibilityLookup lookup) {
        return stillValid(team, memberProblems(team, ctx, lookup));
    }

    /** {@link #stillValid(List, TeamContext, EligibilityLookup)} with the member problems already found. */
    public boolean stillValid(List<TeamMember> team, List<MemberProblem> problems) {
        Set<String> bad = new HashSet<>();
        problems.forEach(p -> bad.add(p.personId()));
        long qualified = team.stream().filter(m -> m.kind() == MemberKind.OFFICER && !bad.contains(m.personId()))
                .count();
        return problems.isEmpty() && qualified >= MIN_QUALIFIED;
    }
}
