package cn.gov.lyg.enforcement.inspection.joint;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Rules of 综合查一次 joint inspections (DOMAIN.md §2.3.1–§2.3.2, I6; 宿迁条例, 相城 practice):
 * <ul>
 *   <li><b>scenario</b>: the first scenario of the list naming the enterprise's industry; if the industry names none
 *       (or is unknown), the first scenario whose departments cover every participant's domains and whose lead
 *       domain one of them holds;</li>
 *   <li><b>lead department</b>: the participant of the scenario's lead domain (the industry department); without a
 *       scenario, or when no participant holds that domain, the participant that planned first;</li>
 *   <li><b>visit day</b>: the window month's 综合检查日 (default the 10th, [ASM] configurable); when that day has
 *       passed, today (still inside the month);</li>
 *   <li>at least two agencies; a report only when every participant's inspections are submitted.</li>
 * </ul>
 */
public final class JointRules {

    private final List<JointScenario> scenarios;
    private final int jointDay;

    public JointRules(List<JointScenario> scenarios, int jointDay) {
        if (jointDay < 1 || jointDay > 28) {
            throw new IllegalArgumentException("the joint inspection day must be 1–28: " + jointDay);
        }
        this.scenarios = List.copyOf(scenarios);
        this.jointDay = jointDay;
    }

    public List<JointScenario> scenarios() {
        return scenarios;
    }

    public int jointDay() {
        return jointDay;
    }

    public Optional<JointScenario> scenario(String industryCode, Collection<Set<String>> participantDomains) {
        Optional<JointScenario> byIndustry = scenarios.stream().filter(s -> s.coversIndustry(industryCode))
                .findFirst();
        if (byIndustry.isPresent()) {
            return byIndustry;
        }
        return scenarios.stream().filter(s -> participantDomains.stream().allMatch(d -> !d.isEmpty()
                && d.stream().anyMatch(s.domains()::contains))
                && participantDomains.stream().anyMatch(d -> d.contains(s.leadDomain()))).findFirst();
    }

    public Optional<JointScenario> scenario(String code) {
        return scenarios.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    /** The lead among the participants, given in the order they planned. */
    public String lead(Optional<JointScenario> scenario, List<Participant> participantsInOrder) {
        if (participantsInOrder.size() < 2) {
            throw new IllegalArgumentException("a joint inspection needs at least two agencies");
        }
        return scenario.flatMap(s -> participantsInOrder.stream()
                        .filter(p -> p.domains().contains(s.leadDomain())).findFirst())
                .orElse(participantsInOrder.get(0)).agencyCode();
    }

    /** The visit day in the month of {@code windowStart}: the 综合检查日, or today when it has passed. */
    public LocalDate visitDay(LocalDate windowStart, LocalDate today) {
        YearMonth month = YearMonth.from(windowStart);
        LocalDate day = month.atDay(Math.min(jointDay, month.lengthOfMonth()));
        if (day.isBefore(today) && !today.isAfter(month.atEndOfMonth())) {
            return today;
        }
        return day;
    }

    /** Rule codes against a report: participants whose inspections are not all submitted yet. */
    public List<String> missingResults(List<Participant> participants, java.util.function.Predicate<String> submitted) {
        List<String> missing = new ArrayList<>();
        for (Participant p : participants) {
            if (p.inspectionIds().isEmpty() || !p.inspectionIds().stream().allMatch(submitted)) {
                missing.add(p.agencyCode());
            }
        }
        return missing;
    }
}
