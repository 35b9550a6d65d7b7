package cn.gov.lyg.enforcement.personnel.certificate;

import static cn.gov.lyg.enforcement.personnel.Fixtures.CLOCK;
import static cn.gov.lyg.enforcement.personnel.Fixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.events.EventSchemas;
import cn.gov.lyg.enforcement.events.personnel.CertificateCancelled;
import cn.gov.lyg.enforcement.events.personnel.CertificateEvent;
import cn.gov.lyg.enforcement.events.personnel.CertificateExpired;
import cn.gov.lyg.enforcement.events.personnel.CertificateIssued;
import cn.gov.lyg.enforcement.events.personnel.CertificateReinstated;
import cn.gov.lyg.enforcement.events.personnel.CertificateRenewed;
import cn.gov.lyg.enforcement.events.personnel.CertificateReportedLost;
import cn.gov.lyg.enforcement.events.personnel.CertificateRevoked;
import cn.gov.lyg.enforcement.events.personnel.CertificateSuspended;
import cn.gov.lyg.enforcement.events.personnel.CertificateWithdrawn;
import cn.gov.lyg.enforcement.events.vocabulary.CertificateKind;
import cn.gov.lyg.enforcement.events.vocabulary.EnforcementDomain;
import cn.gov.lyg.enforcement.personnel.Fixtures;
import cn.gov.lyg.enforcement.personnel.officer.Officer;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.InvalidTransitionException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.json.JsonMapper;

class CertificateTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    final Officer officer = Fixtures.officer();

    Certificate applied() {
        return Certificate.apply(CertificateKind.ENFORCEMENT, officer.getId(), officer.getName(),
                officer.getAgencyCode(), officer.getRegionCode(), Set.of(EnforcementDomain.MARKET), Set.of("320706"),
                "《食品安全法》", "hz-agency-admin", CLOCK);
    }

    Certificate active() {
        return Fixtures.activeCertificate(officer, TODAY);
    }

    /** A certificate brought into {@code status} through the state machine. */
    Certificate in(CertificateStatus status) {
        Certificate c;
        switch (status) {
            case APPLIED -> c = applied();
            case APPROVED -> {
                c = applied();
                c.approve("s", CLOCK);
            }
            case REJECTED -> {
                c = applied();
                c.reject("s", "EXAM_FAILED", CLOCK);
            }
            case ACTIVE -> c = active();
            case SUSPENDED -> {
                c = active();
                c.suspend("UNDER_INVESTIGATION", null, "s", CLOCK);
            }
            case WITHDRAWN -> {
                c = active();
                c.withdraw("TRANSFERRED", "s", CLOCK);
            }
            case LOST -> {
                c = active();
                c.reportLost(null, "s", CLOCK);
            }
            case EXPIRED -> {
                c = Fixtures.activeCertificate(officer, TODAY.minusYears(5));
                c.expire(TODAY, "system", CLOCK);
            }
            case REVOKED -> {
                c = active();
                c.revoke("CRIMINAL", "s", CLOCK);
            }
            case CANCELLED -> {
                c = active();
                c.withdraw("RETIRED", "s", CLOCK);
                c.cancel("HANDED_BACK", "s", CLOCK);
            }
            default -> throw new IllegalArgumentException(status.name());
        }
        assertThat(c.getStatus()).isEqualTo(status);
        return c;
    }

    static <E extends DomainEvent> E last(Certificate c, Class<E> type) {
        List<DomainEvent> events = c.pendingEvents();
        assertThat(events).isNotEmpty();
        DomainEvent event = events.get(events.size() - 1);
        assertThat(event).isInstanceOf(type);
        assertThat(EventSchemas.validate(type, JSON.valueToTree(event))).as(type.getSimpleName()).isEmpty();
        return type.cast(event);
    }

    @Test
    void applyApproveIssue() {
        Certificate c = applied();
        assertThat(c.pendingEvents()).isEmpty();
        c.approve("hz-supervisor", CLOCK);
        assertThat(c.getStatus()).isEqualTo(CertificateStatus.APPROVED);
        assertThat(c.pendingEvents()).isEmpty();
        c.issue("JSZF-320706-2025-00001", TODAY, TODAY.plusYears(5).minusDays(1), "hz-supervisor", CLOCK);
        CertificateIssued issued = last(c, CertificateIssued.class);
        assertThat(issued.aggregateId()).isEqualTo(c.getId());
        assertThat(issued.officerId()).isEqualTo(officer.getId());
        assertThat(issued.agencyCode()).isEqualTo(Fixtures.HZ_MARKET);
        assertThat(issued.regionCode()).isEqualTo("320706");
        assertThat(issued.certificate().status()).isEqualTo("ACTIVE");
        assertThat(issued.certificate().enforcementDomains()).containsExactly("MARKET");
        assertThat(issued.certificate().enforcementArea()).containsExactly("320706");
        assertThat(issued.certificate().validTo()).isEqualTo(LocalDate.of(2030, 2, 28));
        assertThat(c.getHistory()).extracting(Certificate.Transition::action).containsExactly("apply", "approve",
                "issue");
        assertThat(c.pendingAudit()).extracting(a -> a.action()).containsExactly("CERTIFICATE_APPLIED",
                "CERTIFICATE_APPROVED", "CERTIFICATE_ISSUED");
    }

    @Test
    void suspendAndReinstate() {
        Certificate c = active();
        c.suspend("UNDER_INVESTIGATION", TODAY.plusMonths(3), "hz-supervisor", CLOCK);
        CertificateSuspended suspended = last(c, CertificateSuspended.class);
        assertThat(suspended.reason()).isEqualTo("UNDER_INVESTIGATION");
        assertThat(suspended.suspendedUntil()).isEqualTo(TODAY.plusMonths(3));
        assertThat(suspended.certificate().status()).isEqualTo("SUSPENDED");
        c.reinstate("hz-supervisor", null, CLOCK);
        assertThat(last(c, CertificateReinstated.class).certificate().status()).isEqualTo("ACTIVE");
        assertThat(c.getSuspendedUntil()).isNull();
    }

    @Test
    void aCertificateWhoseValidityEndedIsNotReinstated() {
        Certificate c = Fixtures.activeCertificate(officer, TODAY.minusYears(5));
        c.suspend("UNDER_INVESTIGATION", null, "s", CLOCK);
        assertThatThrownBy(() -> c.reinstate("s", null, CLOCK)).isInstanceOf(ApiException.class)
                .hasMessage("CERTIFICATE_VALIDITY_ENDED");
        c.expire(TODAY, "system", CLOCK);
        assertThat(c.getStatus()).isEqualTo(CertificateStatus.EXPIRED);
    }

    @Test
    void withdrawThenCancel() {
        Certificate c = in(CertificateStatus.SUSPENDED);
        c.withdraw("TRANSFERRED", "s", CLOCK);
        assertThat(last(c, CertificateWithdrawn.class).reason()).isEqualTo("TRANSFERRED");
        c.cancel("HANDED_BACK", "s", CLOCK);
        assertThat(last(c, CertificateCancelled.class).certificate().status()).isEqualTo("CANCELLED");
    }

    @Test
    void revokeFromActiveAndFromSuspended() {
        Certificate a = active();
        a.revoke("CRIMINAL", "city-supervisor", CLOCK);
        assertThat(last(a, CertificateRevoked.class).actor()).isEqualTo("city-supervisor");
        Certificate s = in(CertificateStatus.SUSPENDED);
        s.revoke("ABUSE_OF_POWER", "city-supervisor", CLOCK);
        assertThat(s.getStatus()).isEqualTo(CertificateStatus.REVOKED);
    }

    @Test
    void reportLostThenReissueWithANewNumber() {
        Certificate c = active();
        c.reportLost("遗失于检查现场", "hz-agency-admin", CLOCK);
        assertThat(last(c, CertificateReportedLost.class).certificate().status()).isEqualTo("LOST");
        Certificate replacement = Certificate.replacing(c, "JSZF-320706-2025-99999", c.getValidFrom(),
                c.getValidTo(), false, "hz-supervisor", CLOCK);
        c.replacedBy(replacement, false, "hz-supervisor", CLOCK);
        assertThat(c.getStatus()).isEqualTo(CertificateStatus.CANCELLED);
        assertThat(c.getReplacedByCertificateId()).isEqualTo(replacement.getId());
        assertThat(last(c, CertificateCancelled.class).reason()).isEqualTo("REISSUED");
        CertificateIssued reissued = last(replacement, CertificateIssued.class);
        assertThat(reissued.previousCertificateId()).isEqualTo(c.getId());
        assertThat(reissued.certificate().certificateNo()).isEqualTo("JSZF-320706-2025-99999");
        assertThat(replacement.getValidTo()).isEqualTo(c.getValidTo());
    }

    @Test
    void expireOnlyAfterValidToThenRenew() {
        Certificate c = Fixtures.activeCertificate(officer, LocalDate.of(2020, 3, 1));
        assertThat(c.getValidTo()).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThatThrownBy(() -> c.expire(LocalDate.of(2025, 2, 28), "system", CLOCK))
                .hasMessage("CERTIFICATE_NOT_EXPIRED");
        c.expire(LocalDate.of(2025, 3, 1), "system", CLOCK);
        CertificateExpired expired = last(c, CertificateExpired.class);
        assertThat(expired.effectiveAt()).isEqualTo(OffsetDateTime.parse("2025-03-01T00:00:00+08:00"));
        Certificate renewed = Certificate.replacing(c, "JSZF-320706-2025-77777", TODAY,
                TODAY.plusYears(5).minusDays(1), true, "hz-supervisor", CLOCK);
        c.replacedBy(renewed, true, "hz-supervisor", CLOCK);
        assertThat(last(c, CertificateCancelled.class).reason()).isEqualTo("RENEWED");
        CertificateRenewed event = last(renewed, CertificateRenewed.class);
        assertThat(event.previousCertificateId()).isEqualTo(c.getId());
        assertThat(renewed.getStatus()).isEqualTo(CertificateStatus.ACTIVE);
        assertThat(renewed.getEnforcementDomains()).isEqualTo(c.getEnforcementDomains());
    }

    @Test
    void anExpiryRunAheadOfTimeTakesEffectTheDayAfterValidToOnly() {
        // validTo is TODAY: a job run today for tomorrow expires it, but it stays valid for the rest of today
        Certificate c = Fixtures.activeCertificate(officer, TODAY.minusYears(5).plusDays(1));
        assertThat(c.getValidTo()).isEqualTo(TODAY);
        c.expire(TODAY.plusDays(1), "system", CLOCK);
        assertThat(c.getStatus()).isEqualTo(CertificateStatus.EXPIRED);
        assertThat(c.statusOn(TODAY)).isEqualTo(CertificateStatus.ACTIVE);
        assertThat(c.statusOn(TODAY.plusDays(1))).isEqualTo(CertificateStatus.EXPIRED);
        // a late run (validTo long past) dates the expiry back to the day after validTo as well
        Certificate late = Fixtures.activeCertificate(officer, LocalDate.of(2019, 1, 1));
        late.expire(TODAY, "system", CLOCK);
        assertThat(late.statusOn(late.getValidTo())).isEqualTo(CertificateStatus.ACTIVE);
        assertThat(late.statusOn(late.getValidTo().plusDays(1))).isEqualTo(CertificateStatus.EXPIRED);
    }

    /** Every action against every state: allowed ones work, the others are 409 with the allowed list. */
    static final Map<String, Consumer<Certificate>> ACTIONS = Map.of(
            "approve", c -> c.approve("s", CLOCK),
            "reject", c -> c.reject("s", null, CLOCK),
            "issue", c -> c.issue("JSZF-T-" + cn.gov.lyg.enforcement.personnel.TestIds.next(), TODAY,
                    TODAY.plusYears(1), "s", CLOCK),
            "suspend", c -> c.suspend("R", null, "s", CLOCK),
            "reinstate", c -> c.reinstate("s", null, CLOCK),
            "withdraw", c -> c.withdraw("R", "s", CLOCK),
            "revoke", c -> c.revoke("R", "s", CLOCK),
            "cancel", c -> c.cancel("R", "s", CLOCK),
            "report-lost", c -> c.reportLost(null, "s", CLOCK),
            "expire", c -> c.expire(c.getValidTo() == null ? TODAY : c.getValidTo().plusDays(1), "s", CLOCK));

    @ParameterizedTest
    @EnumSource(CertificateStatus.class)
    void everyActionIsAllowedExactlyFromItsStates(CertificateStatus status) {
        for (var action : ACTIONS.entrySet()) {
            Certificate c = in(status);
            if (status.allowedActions().contains(action.getKey())) {
                action.getValue().accept(c);
                assertThat(c.getStatus()).as(action.getKey() + " from " + status).isNotEqualTo(status);
            } else {
                assertThatThrownBy(() -> action.getValue().accept(c)).as(action.getKey() + " from " + status)
                        .isInstanceOfSatisfying(InvalidTransitionException.class, e -> {
                            assertThat(e.status().value()).isEqualTo(409);
                            assertThat(e.extensions()).containsEntry("currentStatus", status.name())
                                    .containsEntry("action", action.getKey())
                                    .containsEntry("allowedActions", status.allowedActions());
                        });
                assertThat(c.getStatus()).isEqualTo(status);
            }
        }
    }

    @Test
    void terminalStatesAllowNothing() {
        assertThat(EnumSet.allOf(CertificateStatus.class).stream().filter(CertificateStatus::terminal))
                .containsExactlyInAnyOrder(CertificateStatus.REVOKED, CertificateStatus.CANCELLED,
                        CertificateStatus.REJECTED);
        for (CertificateStatus terminal : List.of(CertificateStatus.REVOKED, CertificateStatus.CANCELLED,
                CertificateStatus.REJECTED)) {
            Certificate c = in(terminal);
            assertThatThrownBy(() -> c.recordReview(new AnnualReviewRecord(2024, TODAY, ReviewResult.PASSED,
                    List.of(), null, "s", CLOCK.instant()), CLOCK)).isInstanceOf(InvalidTransitionException.class);
        }
    }

    @Test
    void reviewsMoveTheLastReviewYearAndAreNotPassedTwice() {
        Certificate c = Fixtures.activeCertificate(officer, LocalDate.of(2022, 6, 1));
        c.recordReview(new AnnualReviewRecord(2023, LocalDate.of(2024, 3, 31), ReviewResult.PASSED, List.of(), null,
                "s", CLOCK.instant()), CLOCK);
        c.recordReview(new AnnualReviewRecord(2024, LocalDate.of(2025, 3, 31), ReviewResult.FAILED,
                List.of("TRAINING_SHORTFALL"), null, "s", CLOCK.instant()), CLOCK);
        assertThat(c.getLastReviewYear()).isEqualTo(2023);
        var failed = last(c, cn.gov.lyg.enforcement.events.personnel.AnnualReviewFailed.class);
        assertThat(failed.reviewYear()).isEqualTo(2024);
        assertThat(failed.failReasons()).containsExactly("TRAINING_SHORTFALL");
        assertThat(failed.certificate().lastReviewYear()).isEqualTo(2023);
        assertThat(c.pendingEvents()).filteredOn(e -> e instanceof cn.gov.lyg.enforcement.events.personnel
                .AnnualReviewPassed).singleElement().satisfies(e -> assertThat(EventSchemas.validate(
                        cn.gov.lyg.enforcement.events.personnel.AnnualReviewPassed.class, JSON.valueToTree(e))).isEmpty());
        assertThatThrownBy(() -> c.recordReview(new AnnualReviewRecord(2023, LocalDate.of(2024, 3, 31),
                ReviewResult.PASSED, List.of(), null, "s", CLOCK.instant()), CLOCK))
                .hasMessage("ANNUAL_REVIEW_ALREADY_PASSED");
        assertThat(c.getReviews()).hasSize(2);
        assertThat(c.snapshot().lastReviewYear()).isEqualTo(2023);
    }

    @Test
    void everyEventCarriesTheAssignabilityFacts() {
        Certificate c = active();
        c.suspend("R", null, "s", CLOCK);
        for (DomainEvent e : c.pendingEvents()) {
            CertificateEvent event = (CertificateEvent) e;
            assertThat(event.officerId()).isEqualTo(officer.getId());
            assertThat(event.agencyCode()).isEqualTo(officer.getAgencyCode());
            assertThat(event.effectiveAt()).isNotNull();
            assertThat(event.certificate().validFrom()).isEqualTo(TODAY);
            assertThat(event.certificate().holderAgencyCode()).isEqualTo(officer.getAgencyCode());
        }
    }
}
