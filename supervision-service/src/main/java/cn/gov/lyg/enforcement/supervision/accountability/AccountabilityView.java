package cn.gov.lyg.enforcement.supervision.accountability;

import java.time.LocalDate;
import java.util.List;

/** An accountability case as the API answers it, with {@code overdue} as of the day asked. */
public record AccountabilityView(String id, String trigger, String triggerRef, String agencyCode, String regionCode,
                                 String caseNo, String summary, LocalDate violationOn, LocalDate openedOn,
                                 LocalDate dueOn, boolean dueProvisional, boolean extended, String extensionReason,
                                 boolean overdue, String status, List<AccountabilityCase.Respondent> respondents,
                                 List<AccountabilityCase.Outcome> outcomes, String decisionRef, LocalDate decidedOn,
                                 String decidedBy, LocalDate appealDueOn, List<AccountabilityCase.Appeal> appeals,
                                 LocalDate closedOn, long version, List<String> allowedActions) {

    static AccountabilityView of(AccountabilityCase c, LocalDate asOf) {
        return new AccountabilityView(c.getId(), c.getTrigger().name(), c.getTriggerRef(), c.getAgencyCode(),
                c.getRegionCode(), c.getCaseNo(), c.getSummary(), c.getViolationOn(), c.getOpenedOn(), c.getDueOn(),
                c.isDueProvisional(), c.isExtended(), c.getExtensionReason(), c.overdue(asOf), c.getStatus().name(),
                c.getRespondents(), c.getOutcomes(), c.getDecisionRef(), c.getDecidedOn(), c.getDecidedBy(),
                c.getAppealDueOn(), c.getAppeals(), c.getClosedOn(), c.getVersion() == null ? 0 : c.getVersion(),
                c.allowed());
    }
}
