package cn.gov.lyg.enforcement.personnel.certificate;

import static cn.gov.lyg.enforcement.personnel.Fixtures.CLOCK;
import static cn.gov.lyg.enforcement.personnel.Fixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.lyg.enforcement.events.EventSchemas;
import cn.gov.lyg.enforcement.events.personnel.CertificateReinstated;
import cn.gov.lyg.enforcement.personnel.Fixtures;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.InvalidTransitionException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** 暂扣期满发还: the end of a dated suspension (DOMAIN.md §2.1.2 "suspend(reason, until?)"). */
class SuspensionEndTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    Certificate suspendedUntil(LocalDate validFrom, LocalDate until) {
        Certificate c = Fixtures.activeCertificate(Fixtures.officer(), validFrom);
        c.suspend("UNDER_INVESTIGATION", until, "hz-supervisor", CLOCK);
        c.appendToOutbox(java.util.List.of());
        return c;
    }

    @Test
    void theSuspensionEndsTheDayAfterItsEndDate() {
        LocalDate until = TODAY.plusDays(30);
        Certificate c = suspendedUntil(TODAY.minusYears(1), until);
        assertThat(c.suspensionEndedBy(until)).as("the end date itself is still suspended").isFalse();
        assertThat(c.suspensionEndedBy(until.plusDays(1))).isTrue();
        assertThat(c.suspensionEndedBy(until.plusDays(40))).isTrue();
    }

    @Test
    void endingReinstatesWithOneSchemaValidEventEffectiveTheDayAfter() {
        LocalDate until = TODAY.plusDays(30);
        Certificate c = suspendedUntil(TODAY.minusYears(1), until);
        c.endSuspension(until.plusDays(3), "system", CLOCK);
        assertThat(c.getStatus()).isEqualTo(CertificateStatus.ACTIVE);
        assertThat(c.getSuspendedUntil()).isNull();
        assertThat(c.getStatusReason()).isEqualTo("SUSPENSION_ENDED");
        assertThat(c.getHistory().get(c.getHistory().size() - 1).actor()).isEqualTo("system");
        assertThat(c.pendingEvents()).singleElement().isInstanceOfSatisfying(CertificateReinstated.class, e -> {
            assertThat(e.actor()).isEqualTo("system");
            assertThat(e.reason()).isEqualTo("SUSPENSION_ENDED");
            assertThat(e.effectiveAt().toLocalDate()).isEqualTo(until.plusDays(1));
            assertThat(e.certificate().status()).isEqualTo("ACTIVE");
            assertThat(EventSchemas.validate(CertificateReinstated.class, JSON.valueToTree(e))).isEmpty();
        });
        assertThat(c.pendingAudit()).anySatisfy(a -> assertThat(a.action()).isEqualTo("CERTIFICATE_REINSTATED"));
        // idempotent at the job level: nothing more to end
        assertThat(c.suspensionEndedBy(until.plusDays(3))).isFalse();
        assertThatThrownBy(() -> c.endSuspension(until.plusDays(3), "system", CLOCK))
                .isInstanceOf(InvalidTransitionException.class);
    }

    @Test
    void aSuspensionWithoutEndDateNeverEndsByItself() {
        Certificate c = suspendedUntil(TODAY.minusYears(1), null);
        assertThat(c.suspensionEndedBy(TODAY.plusYears(2))).isFalse();
        assertThatThrownBy(() -> c.endSuspension(TODAY.plusYears(2), "system", CLOCK))
                .isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.code()).isEqualTo("SUSPENSION_NOT_ENDED"));
        assertThat(c.getStatus()).isEqualTo(CertificateStatus.SUSPENDED);
    }

    @Test
    void aCertificateWhoseValidityEndedIsNotReinstatedButCanExpire() {
        LocalDate from = TODAY.minusYears(5).plusDays(10);
        LocalDate validTo = from.plusYears(5).minusDays(1);
        Certificate c = suspendedUntil(from, TODAY.plusDays(2));
        LocalDate asOf = validTo.plusDays(1);
        assertThat(asOf).isAfter(TODAY.plusDays(2));
        assertThat(c.suspensionEndedBy(validTo)).as("still valid on its last day").isTrue();
        assertThat(c.suspensionEndedBy(asOf)).isFalse();
        assertThatThrownBy(() -> c.endSuspension(asOf, "system", CLOCK)).isInstanceOf(ApiException.class);
        c.expire(asOf, "system", CLOCK);
        assertThat(c.getStatus()).isEqualTo(CertificateStatus.EXPIRED);
        assertThat(c.suspensionEndedBy(asOf.plusDays(1))).isFalse();
    }

    @Test
    void onlySuspendedCertificatesEnd() {
        Certificate active = Fixtures.activeCertificate(Fixtures.officer(), TODAY.minusYears(1));
        assertThat(active.suspensionEndedBy(TODAY.plusDays(1))).isFalse();
        assertThatThrownBy(() -> active.endSuspension(TODAY.plusDays(1), "system", CLOCK))
                .isInstanceOf(InvalidTransitionException.class);
    }
}
