package cn.gov.lyg.enforcement.events.personnel;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.events.EventContract;
import cn.gov.lyg.enforcement.events.Topics;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The officer's profile as it is after registration or a profile update (state-carrying: a consumer keeps the
 * newest aggregate version). For legal review 法制审核 (行政处罚法 Art. 58 §2): whether the officer is a designated
 * legal reviewer, since when, and whether they hold 法律职业资格 — a person doing legal review for the first time
 * after the revised law took effect must hold it.
 *
 * @param legalReviewerSince the day the officer was first designated a legal reviewer; {@code null} when not one
 */
@EventContract(type = "cn.gov.lyg.enforcement.personnel.officer.profile-changed.v1",
        topic = Topics.PERSONNEL_OFFICERS,
        schema = "schemas/personnel/officer-profile-changed.v1.json")
public record OfficerProfileChanged(
        String eventId,
        OffsetDateTime occurredAt,
        String aggregateId,
        long aggregateVersion,
        String regionCode,
        String agencyCode,
        String name,
        String employmentStatus,
        boolean legalProfessionQualified,
        boolean legalReviewer,
        LocalDate legalReviewerSince,
        String actor) implements DomainEvent {
}
