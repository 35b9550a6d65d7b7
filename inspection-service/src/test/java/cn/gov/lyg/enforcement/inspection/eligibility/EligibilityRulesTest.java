package cn.gov.lyg.enforcement.inspection.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.lyg.enforcement.events.personnel.CertificateSnapshot;
import cn.gov.lyg.enforcement.inspection.team.OfficerVerdict;
import cn.gov.lyg.enforcement.platform.identifier.RegionCodes;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The officers of DOMAIN.md §3.6 as the projection holds them, with the verdicts and reasons personnel's eligibility
 * endpoint gives for them (same codes, same order).
 */
class EligibilityRulesTest {

    private static final String A12 = "11320706300200020C";
    private static final String A03 = "113207000000000301";
    private static final String A16 = "11320722300400022W";
    private static final LocalDate D = LocalDate.of(2025, 5, 6);
    private final EligibilityRules rules = new EligibilityRules(RegionCodes.defaultCodes());

    private static OfficerFacts officer(String id, String agency, String certStatus, String domain, String area,
                                        LocalDate from, LocalDate to, Integer lastReview) {
        OfficerFacts o = new OfficerFacts(id);
        o.knownAgency(agency, area);
        CertificateFacts c = o.certificate("C-" + id);
        LocalDate due = dueDate(from, lastReview);
        c.apply(1, "JSZF-" + id, "ENFORCEMENT", agency, Set.of(domain), List.of(area), from, to, lastReview, due,
                "ACTIVE", from, true);
        if (!certStatus.equals("ACTIVE")) {
            c.apply(2, "JSZF-" + id, "ENFORCEMENT", agency, Set.of(domain), List.of(area), from, to, lastReview,
                    due, certStatus, LocalDate.of(2025, 1, 10), false);
        }
        return o;
    }

    /** The due date personnel publishes with its default schedule (31 March of the year after the review year). */
    private static LocalDate dueDate(LocalDate from, Integer lastReview) {
        return new CertificateSnapshot("c", "n", "ENFORCEMENT", "o", A12, "320706", List.of("MARKET"),
                List.of("320706"), null, from, from.plusYears(5), "ACTIVE", lastReview, null).upcastFromV1()
                .nextReviewDueDate();
    }

    private OfficerVerdict verdict(OfficerFacts o, LocalDate date, String domain, String region) {
        return rules.evaluate(o, date, Set.of(domain), region);
    }

    @Test
    void theSampleOfficers() {
        OfficerFacts o01 = officer("O01", A12, "ACTIVE", "MARKET", "320706", LocalDate.of(2021, 7, 1),
                LocalDate.of(2026, 6, 30), 2024);
        assertThat(verdict(o01, D, "MARKET", "320706").assignable()).isTrue();
        assertThat(verdict(o01, D, "MARKET", "320706").certificateNo()).isEqualTo("JSZF-O01");

        OfficerFacts o03 = officer("O03", A12, "SUSPENDED", "MARKET", "320706", LocalDate.of(2021, 1, 1),
                LocalDate.of(2025, 12, 31), 2024);
        assertThat(verdict(o03, D, "MARKET", "320706").reasons()).containsExactly("CERTIFICATE_SUSPENDED");

        OfficerFacts o04 = officer("O04", A03, "ACTIVE", "ECOLOGY", "320700", LocalDate.of(2022, 10, 1),
                LocalDate.of(2027, 9, 30), 2024);
        assertThat(verdict(o04, D, "MARKET", "320706").reasons()).containsExactly("DOMAIN_MISMATCH");
        assertThat(verdict(o04, D, "ECOLOGY", "320706").assignable()).isTrue();

        OfficerFacts o05 = officer("O05", A03, "EXPIRED", "ECOLOGY", "320700", LocalDate.of(2020, 1, 1),
                LocalDate.of(2024, 12, 31), 2023);
        assertThat(verdict(o05, D, "ECOLOGY", "320706").reasons()).containsExactly("CERTIFICATE_EXPIRED",
                "ANNUAL_REVIEW_OVERDUE");

        OfficerFacts o06 = officer("O06", "113207223004000010", "ACTIVE", "EMERGENCY", "320722",
                LocalDate.of(2022, 6, 1), LocalDate.of(2027, 5, 31), 2023);
        assertThat(verdict(o06, LocalDate.of(2025, 3, 31), "EMERGENCY", "320722").assignable()).isTrue();
        assertThat(verdict(o06, LocalDate.of(2025, 4, 1), "EMERGENCY", "320722").reasons())
                .containsExactly("ANNUAL_REVIEW_OVERDUE");

        OfficerFacts o07 = officer("O07", "113207070000000014", "REVOKED", "URBAN_MGMT", "320707",
                LocalDate.of(2021, 1, 1), LocalDate.of(2026, 1, 1), 2024);
        assertThat(verdict(o07, D, "URBAN_MGMT", "320707").reasons()).containsExactly("CERTIFICATE_REVOKED");

        OfficerFacts o09 = officer("O09", A16, "ACTIVE", "MARKET", "320722", LocalDate.of(2023, 7, 1),
                LocalDate.of(2028, 6, 30), 2024);
        assertThat(verdict(o09, D, "MARKET", "320706").reasons()).containsExactly("AREA_MISMATCH");
    }

    @Test
    void theReviewDueDateIsPersonnelsNotDerivedHere() {
        // personnel configured the review of 2024 to be due by 30 June 2025: the same facts are not overdue on 1 April
        OfficerFacts o = new OfficerFacts("O06");
        o.knownAgency("113207223004000010", "320722");
        o.certificate("C-O06").apply(1, "JSZF-O06", "ENFORCEMENT", "113207223004000010", Set.of("EMERGENCY"),
                List.of("320722"), LocalDate.of(2022, 6, 1), LocalDate.of(2027, 5, 31), 2023,
                LocalDate.of(2025, 6, 30), "ACTIVE", LocalDate.of(2022, 6, 1), true);
        assertThat(verdict(o, LocalDate.of(2025, 4, 1), "EMERGENCY", "320722").assignable()).isTrue();
        assertThat(verdict(o, LocalDate.of(2025, 6, 30), "EMERGENCY", "320722").assignable()).isTrue();
        assertThat(verdict(o, LocalDate.of(2025, 7, 1), "EMERGENCY", "320722").reasons())
                .containsExactly("ANNUAL_REVIEW_OVERDUE");
    }

    @Test
    void aWithdrawnRecusalBlocksNothingAndAnOlderDeclarationCannotBringItBack() {
        OfficerFacts o = officer("O02", A12, "ACTIVE", "MARKET", "320706", LocalDate.of(2023, 4, 1),
                LocalDate.of(2028, 3, 31), 2024);
        String party = "91320706MA1XK7C38L";
        assertThat(o.applyRecusal(new OfficerFacts.RecusalFacts("R1", party, D.minusDays(5), null, 0, false)))
                .isTrue();
        assertThat(o.recusedFrom(party, D)).isTrue();
        assertThat(o.withdrawRecusal("R1", party, 1)).isTrue();
        assertThat(o.recusedFrom(party, D)).isFalse();
        assertThat(o.recusedFrom(party, D.minusDays(1))).as("like personnel: withdrawn means never").isFalse();
        assertThat(o.applyRecusal(new OfficerFacts.RecusalFacts("R1", party, D.minusDays(5), null, 0, false)))
                .isFalse();
        assertThat(o.withdrawRecusal("R1", party, 1)).isFalse();
        // a withdrawal that overtook its declaration is kept, and the declaration then changes nothing
        assertThat(o.withdrawRecusal("R2", party, 1)).isTrue();
        assertThat(o.applyRecusal(new OfficerFacts.RecusalFacts("R2", party, D.minusDays(5), null, 0, false)))
                .isFalse();
        assertThat(o.recusedFrom(party, D)).isFalse();
    }

    @Test
    void aRevocationCountsFromItsDayOn() {
        OfficerFacts o = officer("O02", A12, "REVOKED", "MARKET", "320706", LocalDate.of(2023, 4, 1),
                LocalDate.of(2028, 3, 31), 2024);
        assertThat(verdict(o, LocalDate.of(2025, 1, 9), "MARKET", "320706").assignable()).isTrue();
        assertThat(verdict(o, LocalDate.of(2025, 1, 10), "MARKET", "320706").reasons())
                .containsExactly("CERTIFICATE_REVOKED");
    }

    @Test
    void olderOrRepeatedSnapshotsChangeNothing() {
        OfficerFacts o = officer("O02", A12, "REVOKED", "MARKET", "320706", LocalDate.of(2023, 4, 1),
                LocalDate.of(2028, 3, 31), 2024);
        CertificateFacts c = o.certificate("C-O02");
        assertThat(c.apply(1, "JSZF-O02", "ENFORCEMENT", A12, Set.of("MARKET"), List.of("320706"),
                LocalDate.of(2023, 4, 1), LocalDate.of(2028, 3, 31), 2024, null, "ACTIVE", D, false)).isFalse();
        assertThat(c.apply(2, "JSZF-O02", "ENFORCEMENT", A12, Set.of("MARKET"), List.of("320706"),
                LocalDate.of(2023, 4, 1), LocalDate.of(2028, 3, 31), 2024, null, "ACTIVE", D, false)).isFalse();
        assertThat(c.getStatus()).isEqualTo("REVOKED");
    }

    @Test
    void transferAndDutyFollowTheirEffectiveDates() {
        OfficerFacts o = officer("O02", A12, "ACTIVE", "MARKET", "320706", LocalDate.of(2023, 4, 1),
                LocalDate.of(2028, 3, 31), 2024);
        o.applyOfficer(3, "113207000000000901", "320700", "ON_DUTY", LocalDate.of(2025, 6, 1),
                new OfficerFacts.Transfer(A12, "113207000000000901", LocalDate.of(2025, 6, 1)));
        assertThat(verdict(o, LocalDate.of(2025, 5, 31), "MARKET", "320706").assignable()).isTrue();
        assertThat(verdict(o, LocalDate.of(2025, 6, 1), "MARKET", "320706").reasons())
                .containsExactly("AGENCY_MISMATCH");
        assertThat(rules.evaluate(o, LocalDate.of(2025, 6, 1), Set.of("MARKET"), "320706").agencyCode())
                .isEqualTo("113207000000000901");
        o.applyOfficer(4, "113207000000000901", "320700", "RETIRED", LocalDate.of(2025, 7, 1), null);
        assertThat(verdict(o, LocalDate.of(2025, 7, 1), "MARKET", "320706").reasons())
                .containsExactly("NOT_ON_DUTY", "AGENCY_MISMATCH");
        assertThat(o.applyOfficer(4, A12, "320706", "ON_DUTY", null, null)).isFalse();
    }

    @Test
    void noCertificateAndNotYetValid() {
        OfficerFacts none = new OfficerFacts("X");
        none.knownAgency(A12, "320706");
        assertThat(verdict(none, D, "MARKET", "320706").reasons()).containsExactly("NO_CERTIFICATE");
        OfficerFacts later = officer("O10", A12, "ACTIVE", "MARKET", "320706", LocalDate.of(2025, 9, 1),
                LocalDate.of(2030, 8, 31), null);
        assertThat(verdict(later, D, "MARKET", "320706").reasons()).containsExactly("CERTIFICATE_NOT_YET_VALID");
    }
}
