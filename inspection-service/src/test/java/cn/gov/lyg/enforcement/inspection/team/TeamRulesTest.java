package cn.gov.lyg.enforcement.inspection.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.lyg.enforcement.inspection.shared.RuleViolation;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The team rules against a table of verdicts as the eligibility projection gives them. */
class TeamRulesTest {

    private static final String A12 = "11320706300200020C";
    private static final String UNIT = "91320706MA1XK7C38L";
    private final TeamRules rules = new TeamRules();
    private final TeamContext ctx = new TeamContext(A12, LocalDate.of(2025, 5, 6), Set.of("MARKET"), "320706", UNIT);

    private final Map<String, OfficerVerdict> verdicts = new HashMap<>(Map.of(
            "O01", ok("O01"), "O02", ok("O02"),
            "O08", ok("O08"),
            "O03", no("O03", "CERTIFICATE_SUSPENDED"),
            "O07", no("O07", "CERTIFICATE_REVOKED"),
            "O05", no("O05", "CERTIFICATE_EXPIRED"),
            "O06", no("O06", "ANNUAL_REVIEW_OVERDUE"),
            "O04", new OfficerVerdict("O04", A12, false, List.of("DOMAIN_MISMATCH"), "JSZF-4"),
            "O09", new OfficerVerdict("O09", A12, false, List.of("AREA_MISMATCH"), "JSZF-9"),
            "OTHER", new OfficerVerdict("OTHER", "11320722300400022W", true, List.of(), "JSZF-X")));
    private final Set<String> recusals = Set.of("O08|" + UNIT);
    private final Set<String> activeAux = Set.of("X01");
    private static final String CITIZEN = "320706199001010414";
    /** Personnel's citizen-party recusals: officer|ID number; null when personnel does not answer. */
    private Set<String> citizenRecusals = Set.of("O02|" + CITIZEN);
    private final List<String> askedPersonnel = new java.util.ArrayList<>();

    private final EligibilityLookup lookup = new EligibilityLookup() {
        @Override
        public OfficerVerdict officer(String officerId, LocalDate date, Set<String> domains, String region) {
            return verdicts.getOrDefault(officerId, OfficerVerdict.unknown(officerId));
        }

        @Override
        public boolean auxiliaryActive(String auxiliaryId, String agencyCode) {
            return activeAux.contains(auxiliaryId) && A12.equals(agencyCode);
        }

        @Override
        public boolean recused(String officerId, String uscc) {
            return recusals.contains(officerId + "|" + uscc);
        }

        @Override
        public boolean citizenRecused(String officerId, String idCardNo, LocalDate date) {
            askedPersonnel.add(officerId + "|" + date);
            if (citizenRecusals == null) {
                throw new IllegalStateException("personnel unavailable");
            }
            return citizenRecusals.contains(officerId + "|" + idCardNo);
        }
    };
    private final TeamContext citizenCtx = new TeamContext(A12, LocalDate.of(2025, 5, 6), Set.of("MARKET"), "320706",
            UNIT, CITIZEN);

    private static OfficerVerdict ok(String id) {
        return new OfficerVerdict(id, A12, true, List.of(), "JSZF-" + id);
    }

    private static OfficerVerdict no(String id, String reason) {
        return new OfficerVerdict(id, A12, false, List.of(reason), "JSZF-" + id);
    }

    private List<TeamMember> validate(TeamMember... members) {
        return rules.validate(List.of(members), ctx, lookup);
    }

    private static void refused(ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).code()).isEqualTo(code));
    }

    @Test
    void twoAssignableOfficersFormATeamTheFirstLeading() {
        List<TeamMember> team = validate(TeamMember.officer("O01"), TeamMember.officer("O02"));
        assertThat(team).extracting(TeamMember::role).containsExactly(TeamRole.LEAD, TeamRole.INSPECTOR);
        List<TeamMember> named = validate(TeamMember.officer("O01"), TeamMember.officer("O02", TeamRole.LEAD));
        assertThat(named).extracting(TeamMember::role).containsExactly(TeamRole.INSPECTOR, TeamRole.LEAD);
    }

    @Test
    void oneOfficerIsNotEnough() {
        refused(() -> validate(TeamMember.officer("O01")), "MIN_TWO_QUALIFIED_OFFICERS");
        refused(() -> rules.validate(List.of(), ctx, lookup), "MIN_TWO_QUALIFIED_OFFICERS");
    }

    @Test
    void auxiliaryStaffOnlyAssists() {
        refused(() -> validate(TeamMember.officer("O01"), TeamMember.auxiliary("X01")), "MIN_TWO_QUALIFIED_OFFICERS");
        refused(() -> validate(TeamMember.auxiliary("X01")), "AUXILIARY_CANNOT_LEAD");
        refused(() -> validate(TeamMember.officer("O01"), TeamMember.officer("O02"),
                TeamMember.auxiliary("X01", TeamRole.LEAD)), "AUXILIARY_CANNOT_LEAD");
        refused(() -> validate(TeamMember.officer("O01"), TeamMember.officer("O02"),
                TeamMember.auxiliary("X01", TeamRole.INSPECTOR)), "AUXILIARY_NOT_PERMITTED");
        refused(() -> validate(TeamMember.officer("O01"), TeamMember.officer("O02"), TeamMember.auxiliary("X99")),
                "AUXILIARY_NOT_ACTIVE");
        List<TeamMember> team = validate(TeamMember.officer("O01"), TeamMember.officer("O02"), TeamMember.auxiliary("X01"));
        assertThat(team.get(2).role()).isEqualTo(TeamRole.ASSISTANT);
        assertThat(team.get(2).role().signsAsInspector()).isFalse();
    }

    @Test
    void eachRefusalNamesThePersonnelReason() {
        Map<String, String> expected = Map.of("O03", "CERTIFICATE_SUSPENDED", "O07", "CERTIFICATE_NOT_ASSIGNABLE",
                "O05", "CERTIFICATE_NOT_ASSIGNABLE", "O06", "CERTIFICATE_NOT_ASSIGNABLE", "O04", "DOMAIN_MISMATCH",
                "O09", "AREA_MISMATCH", "NOBODY", "CERTIFICATE_NOT_ASSIGNABLE", "O08", "RECUSAL_CONFLICT",
                "OTHER", "OFFICER_NOT_IN_AGENCY");
        expected.forEach((officer, code) -> assertThatThrownBy(
                () -> validate(TeamMember.officer("O01"), TeamMember.officer("O02"), TeamMember.officer(officer)))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> {
                    RuleViolation v = (RuleViolation) e;
                    assertThat(v.code()).as(officer).isEqualTo(code);
                    assertThat(v.details()).containsEntry("personId", officer);
                }));
        RuleViolation revoked = catchViolation(() -> validate(TeamMember.officer("O01"), TeamMember.officer("O07")));
        assertThat(revoked.details().get("reasons")).isEqualTo(List.of("CERTIFICATE_REVOKED"));
    }

    @Test
    void duplicatesAndTwoLeadsAreRefused() {
        refused(() -> validate(TeamMember.officer("O01"), TeamMember.officer("O01")), "TEAM_MEMBER_DUPLICATE");
        refused(() -> validate(TeamMember.officer("O01", TeamRole.LEAD), TeamMember.officer("O02", TeamRole.LEAD)),
                "TEAM_LEAD_CONFLICT");
    }

    @Test
    void aTeamBecomesInvalidWhenAMembersCertificateIsRevoked() {
        List<TeamMember> team = validate(TeamMember.officer("O01"), TeamMember.officer("O02"));
        assertThat(rules.stillValid(team, ctx, lookup)).isTrue();
        verdicts.put("O02", no("O02", "CERTIFICATE_REVOKED"));
        assertThat(rules.stillValid(team, ctx, lookup)).isFalse();
        assertThat(rules.memberProblems(team, ctx, lookup)).singleElement()
                .satisfies(p -> {
                    assertThat(p.personId()).isEqualTo("O02");
                    assertThat(p.code()).isEqualTo("CERTIFICATE_NOT_ASSIGNABLE");
                    assertThat(p.reasons()).containsExactly("CERTIFICATE_REVOKED");
                });
        verdicts.put("O02", ok("O02"));
        assertThat(rules.stillValid(team, ctx, lookup)).isTrue();
    }

    @Test
    void anOfficerRecusedFromTheCitizenPartyIsRefusedAfterAskingPersonnel() {
        RuleViolation v = catchViolation(() -> rules.validate(List.of(TeamMember.officer("O01"),
                TeamMember.officer("O02")), citizenCtx, lookup));
        assertThat(v.code()).isEqualTo("RECUSAL_CONFLICT");
        assertThat(v.details()).containsEntry("personId", "O02").containsEntry("reasons", List.of("RECUSAL_CONFLICT"));
        assertThat(askedPersonnel).containsExactly("O01|2025-05-06", "O02|2025-05-06");
        // without the citizen party (or with another citizen) the same team is fine
        assertThat(rules.validate(List.of(TeamMember.officer("O01"), TeamMember.officer("O02")), ctx, lookup))
                .hasSize(2);
        assertThat(rules.validate(List.of(TeamMember.officer("O01"), TeamMember.officer("O02")),
                new TeamContext(A12, LocalDate.of(2025, 5, 6), Set.of("MARKET"), "320706", UNIT,
                        "320706199001010430"), lookup)).hasSize(2);
    }

    @Test
    void personnelNotAnsweringFailsClosedAndAuxiliaryStaffOrRefusedOfficersAreNotAsked() {
        citizenRecusals = null;
        assertThatThrownBy(() -> rules.validate(List.of(TeamMember.officer("O01"), TeamMember.officer("O02")),
                citizenCtx, lookup)).isInstanceOf(IllegalStateException.class);
        askedPersonnel.clear();
        citizenRecusals = Set.of();
        assertThat(rules.memberProblems(List.of(TeamMember.officer("O03"), TeamMember.auxiliary("X01")), citizenCtx,
                lookup)).extracting(MemberProblem::code).containsExactly("CERTIFICATE_SUSPENDED");
        assertThat(askedPersonnel).isEmpty();
        assertThat(citizenCtx.toString()).doesNotContain(CITIZEN);
    }

    private static RuleViolation catchViolation(ThrowingCallable call) {
        try {
            call.call();
        } catch (RuleViolation v) {
            return v;
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
        throw new AssertionError("no violation");
    }
}
