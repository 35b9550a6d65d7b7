package cn.gov.lyg.enforcement.benchmark.recommendation;

import java.time.LocalDate;
import java.util.List;

/** The party's earlier recorded decisions (from the benchmark applications), for the first-violation look-back. */
public interface DecisionHistory {

    List<PriorDecision> priorDecisions(String partyId, LocalDate since, LocalDate before);
}
