package cn.gov.lyg.enforcement.supervision.complaint;

import cn.gov.lyg.enforcement.events.vocabulary.ComplaintCategory;
import cn.gov.lyg.enforcement.events.vocabulary.ComplaintChannel;
import cn.gov.lyg.enforcement.events.vocabulary.ComplaintFinding;
import cn.gov.lyg.enforcement.events.vocabulary.ComplaintKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A complaint as its caller may see it: {@code complainant} is null and {@code complainantHidden} true for the
 * agency complained about (and anyone else without the right to the identity). {@code overdue} and
 * {@code overdueWorkingDays} are computed for {@code asOf} (default today).
 */
public record ComplaintView(String id, long version, ComplaintChannel channel, ComplaintKind kind, String externalOrderNo,
                            Instant receivedAt, Complainant complainant, boolean complainantHidden,
                            String respondentAgencyCode, String respondentRegionCode,
                            List<String> respondentOfficerIds, String relatedCaseNo, ComplaintCategory category, String content,
                            ComplaintStatus status, List<String> allowedActions, String assigneeAgencyCode,
                            List<Transfer> transfers, LocalDate acceptDueOn, Boolean accepted,
                            String notAcceptedReason, LocalDate handlingDueOn, Extension extension, ComplaintFinding finding,
                            String findingNote, Rectification rectification, LocalDate replyDueOn,
                            Instant repliedAt, String replyMethod, Instant closedAt, Integer satisfaction,
                            int reopenCount, List<Urge> urges, List<OverdueFlag> overdueFlags, boolean escalated,
                            LocalDate escalatedOn, String escalatedToRegionCode, LocalDate currentDueOn,
                            LocalDate asOf, boolean overdue, int overdueWorkingDays, Instant createdAt,
                            String createdBy, Instant modifiedAt) {

    static ComplaintView of(Complaint c, boolean showIdentity, LocalDate asOf, int overdueWorkingDays) {
        return new ComplaintView(c.getId(), c.getVersion() == null ? 0 : c.getVersion(), c.getChannel(), c.getKind(),
                c.getExternalOrderNo(), c.getReceivedAt(), showIdentity ? c.getComplainant() : null, !showIdentity,
                c.getRespondentAgencyCode(), c.getRespondentRegionCode(), c.getRespondentOfficerIds(),
                c.getRelatedCaseNo(), c.getCategory(), c.getContent(), c.getStatus(),
                c.getStatus().allowedActions(), c.getAssigneeAgencyCode(), c.getTransfers(), c.getAcceptDueOn(),
                c.getAccepted(), c.getNotAcceptedReason(), c.getHandlingDueOn(), c.getExtension(), c.getFinding(),
                c.getFindingNote(), c.getRectification(), c.getReplyDueOn(), c.getRepliedAt(), c.getReplyMethod(),
                c.getClosedAt(), c.getSatisfaction(), c.getReopenCount(), c.getUrges(), c.getOverdueFlags(),
                c.isEscalated(), c.getEscalatedOn(), c.getEscalatedToRegionCode(), c.getCurrentDueOn(), asOf,
                c.overdueAsOf(asOf), overdueWorkingDays, c.getCreatedAt(),
                showIdentity ? c.getCreatedBy() : null, c.getModifiedAt());
    }
}
