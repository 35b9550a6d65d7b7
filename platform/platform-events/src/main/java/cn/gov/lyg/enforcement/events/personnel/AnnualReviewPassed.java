package cn.gov.lyg.enforcement.events.personnel;

import cn.gov.lyg.enforcement.events.EventContract;
import cn.gov.lyg.enforcement.events.EventVersion;
import cn.gov.lyg.enforcement.events.Topics;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * 年度审验 of {@code reviewYear} passed (DOMAIN.md §2.1.2). The snapshot's {@code lastReviewYear} is the last year passed;
 * consumers use it to tell whether the review is overdue (due by {@code dueDate}).
 */
@EventContract(type = "cn.gov.lyg.enforcement.personnel.annual-review.passed.v2",
        topic = Topics.PERSONNEL_CERTIFICATES,
        schema = "schemas/personnel/annual-review-passed.v2.json",
        previous = @EventVersion(type = "cn.gov.lyg.enforcement.personnel.annual-review.passed.v1", schema = "schemas/personnel/annual-review-passed.v1.json"))
public record AnnualReviewPassed(
        String eventId,
        OffsetDateTime occurredAt,
        String aggregateId,
        long aggregateVersion,
        String regionCode,
        String agencyCode,
        String officerId,
        OffsetDateTime effectiveAt,
        String actor,
        String reason,
        int reviewYear,
        LocalDate dueDate,
        List<String> failReasons,
        CertificateSnapshot certificate) implements CertificateEvent {
}
