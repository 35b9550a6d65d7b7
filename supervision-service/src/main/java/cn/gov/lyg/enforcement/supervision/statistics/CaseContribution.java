package cn.gov.lyg.enforcement.supervision.statistics;

import cn.gov.lyg.enforcement.events.vocabulary.CaseMilestone;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What one milestone of one case currently contributes to its agency's statistics, as counted into the tallies: the
 * contribution of the report the tallies hold, the case version of that report and the event that counted it, and
 * the contribution it replaced. This is what lets a corrected report move the tallies by difference (subtract what
 * the milestone added, add what it adds now) instead of counting the case a second time; the case version makes a
 * late or replayed older report harmless, the kept event id lets an interrupted update be finished exactly once.
 */
@Document(CaseContribution.COLLECTION)
public class CaseContribution {

    public static final String COLLECTION = "statistics_case_milestones";

    @Id
    private String id;
    private String agencyCode;
    private String regionCode;
    private long caseVersion;
    private String eventId;
    private StatisticsRules.Contribution counted;
    private StatisticsRules.Contribution replaced;
    @Version
    private Long version;

    protected CaseContribution() {
    }

    public static String idOf(String caseId, CaseMilestone milestone) {
        return caseId + "|" + milestone.name();
    }

    /** What to do with a report given what is counted for its milestone ({@code known}, null when nothing). */
    public enum Action {
        /** Count the difference between {@link Step#before} and {@link Step#after}, then save {@link Step#document}. */
        APPLY,
        /** The same event again after an interrupted update: apply its difference again (tallies skip it if done). */
        RESUME,
        /** An older report than the one counted (or the same report from another event), or nothing to count. */
        IGNORE
    }

    /**
     * @param document the document to save first (APPLY only)
     * @param before   what the milestone contributed before this report (null: nothing)
     * @param after    what it contributes with this report
     */
    public record Step(Action action, CaseContribution document, StatisticsRules.Contribution before,
                       StatisticsRules.Contribution after) {

        /** The tally changes of this step, per year. */
        public List<StatisticsRules.Contribution> difference() {
            return action == Action.IGNORE ? List.of() : StatisticsRules.difference(before, after);
        }
    }

    /** The step for {@code report}, delivered as event {@code eventId}, given the counted state {@code known}. */
    public static Step next(CaseContribution known, ReportedMilestone report, String eventId) {
        StatisticsRules.Contribution after = report.contribution();
        if (known == null) {
            if (after.isEmpty()) {
                return new Step(Action.IGNORE, null, null, after);
            }
            CaseContribution c = new CaseContribution();
            c.id = idOf(report.caseId(), report.milestone());
            c.agencyCode = report.agencyCode();
            c.regionCode = report.regionCode();
            c.caseVersion = report.caseVersion();
            c.eventId = eventId;
            c.counted = after;
            return new Step(Action.APPLY, c, null, after);
        }
        if (report.caseVersion() < known.caseVersion) {
            return new Step(Action.IGNORE, null, known.counted, after);
        }
        if (report.caseVersion() == known.caseVersion) {
            return eventId.equals(known.eventId) ? new Step(Action.RESUME, null, known.replaced, known.counted)
                    : new Step(Action.IGNORE, null, known.counted, after);
        }
        StatisticsRules.Contribution before = known.counted;
        known.replaced = before;
        known.counted = after;
        known.caseVersion = report.caseVersion();
        known.eventId = eventId;
        return new Step(Action.APPLY, known, before, after);
    }

    public String getId() { return id; }
    public String getAgencyCode() { return agencyCode; }
    public String getRegionCode() { return regionCode; }
    public long getCaseVersion() { return caseVersion; }
    public String getEventId() { return eventId; }
    public StatisticsRules.Contribution getCounted() { return counted; }
    public StatisticsRules.Contribution getReplaced() { return replaced; }
}
