package cn.gov.lyg.enforcement.supervision.letter;

import cn.gov.lyg.enforcement.events.vocabulary.EscalationMeasure;
import cn.gov.lyg.enforcement.events.vocabulary.SupervisionLetterType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A supervision letter as the API shows it; {@code overdue} as of today. */
public record LetterView(String id, long version, SupervisionLetterType type, String letterNo,
                         String issuerAgencyCode, String targetAgencyCode, String regionCode, String basisKind,
                         String basisRef, List<String> problems, String requiredActions, LetterStatus status,
                         List<String> allowedActions, LocalDate issuedOn, LocalDate rectificationDueOn,
                         List<SupervisionLetter.Response> responses,
                         List<SupervisionLetter.Verification> verifications, EscalationMeasure escalationMeasure,
                         LocalDate escalatedOn, String escalationNote, Instant closedAt, boolean overdue,
                         Instant createdAt, String createdBy, Instant modifiedAt) {

    static LetterView of(SupervisionLetter l, LocalDate today) {
        return new LetterView(l.getId(), l.getVersion() == null ? 0 : l.getVersion(), l.getType(), l.getLetterNo(),
                l.getIssuerAgencyCode(), l.getTargetAgencyCode(), l.getRegionCode(), l.getBasisKind(),
                l.getBasisRef(), l.getProblems(), l.getRequiredActions(), l.getStatus(),
                l.getStatus().allowedActions(), l.getIssuedOn(), l.getRectificationDueOn(), l.getResponses(),
                l.getVerifications(), l.getEscalationMeasure(), l.getEscalatedOn(), l.getEscalationNote(),
                l.getClosedAt(), l.overdueAsOf(today), l.getCreatedAt(), l.getCreatedBy(), l.getModifiedAt());
    }
}
