package cn.gov.lyg.enforcement.personnel.certificate;

import cn.gov.lyg.enforcement.events.vocabulary.CertificateKind;
import cn.gov.lyg.enforcement.events.vocabulary.EnforcementDomain;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Request bodies of the certificate endpoints. */
public final class CertificateRequests {

    private CertificateRequests() {
    }

    /** 申领. {@code certificateKind} defaults to ENFORCEMENT. */
    public record Application(@NotBlank String officerId, CertificateKind certificateKind,
                              @NotEmpty @Size(max = 16) Set<@NotNull EnforcementDomain> enforcementDomains,
                              @NotEmpty @Size(max = 20) Set<@NotBlank String> enforcementArea,
                              @Size(max = 500) String authoritySource) {

        public Application {
            certificateKind = certificateKind == null ? CertificateKind.ENFORCEMENT : certificateKind;
            enforcementDomains = enforcementDomains == null ? null : Set.copyOf(enforcementDomains);
            enforcementArea = enforcementArea == null ? null : Set.copyOf(enforcementArea);
        }
    }

    /** 制证发放, renewal and reissue: the new number and validity (validFrom defaults to today). */
    public record Issue(@NotBlank @Size(max = 32) String certificateNo, LocalDate validFrom, LocalDate validTo) {

        public Issue {
            certificateNo = certificateNo == null ? null : certificateNo.strip();
        }
    }

    /** Suspend, withdraw, revoke, cancel, reject, report-lost, reinstate. */
    public record Reason(@Size(max = 500) String reason, LocalDate until) {
    }

    /** Suspend and revoke need a reason. */
    public record RequiredReason(@NotBlank @Size(max = 500) String reason, LocalDate until) {
    }

    /** 年度审验 of a year; without {@code result} it is computed from training hours, duty and suspension. */
    public record Review(@NotNull @Min(2000) @Max(2100) Integer year, ReviewResult result,
                         @Size(max = 10) List<@NotBlank String> failReasons) {

        public Review {
            failReasons = failReasons == null ? List.of() : List.copyOf(failReasons);
        }
    }
}
