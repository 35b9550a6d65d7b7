package cn.gov.lyg.enforcement.inspection.spotcheck;

import cn.gov.lyg.enforcement.inspection.draw.DrawResult;
import cn.gov.lyg.enforcement.inspection.draw.DrawnEntity;
import cn.gov.lyg.enforcement.inspection.entity.CreditRiskClass;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The immutable draw log (AS-11): inserted once with the draw, never updated (the store has no update path and the
 * API answers {@code IMMUTABLE_RECORD}). The eligible inspectors of every drawn entity at the draw are kept too, so
 * that an audit recomputes the teams from the pools the draw saw. The frozen population (codes and classes) is kept beside it in chunks
 * ({@code draw_population}) for audits.
 */
@Document(DrawLog.COLLECTION)
public record DrawLog(@Id String taskId, String taskCode, String agencyCode, String algorithm, String drawnAt,
                      String drawnBy, String witness, String nonceHash, String nonce, String seed, int populationCount,
                      String populationHash, String strataHash, Map<CreditRiskClass, Integer> strata,
                      Map<CreditRiskClass, Integer> sampleSizes, Map<String, Object> ratios, int teamSize,
                      Set<String> itemDomains, Map<String, Set<String>> previousTeams,
                      Map<String, List<List<String>>> eligiblePools, List<DrawnEntity> drawn, String resultHash,
                      Instant recordedAt) {

    public static final String COLLECTION = "draw_logs";

    static DrawLog of(DrawResult r, String taskCode, String agencyCode, String drawnBy, String witness, String nonce,
                      Map<String, Object> ratios, int teamSize, Set<String> itemDomains,
                      Map<String, Set<String>> previousTeams, Map<String, List<List<String>>> eligiblePools,
                      Instant recordedAt) {
        return new DrawLog(r.taskId(), taskCode, agencyCode, r.algorithm(), r.drawnAt(), drawnBy, witness,
                r.nonceHash(), nonce, r.seed(), r.populationCount(), r.populationHash(), r.strataHash(), r.strata(),
                r.sampleSizes(), ratios, teamSize, itemDomains, previousTeams, eligiblePools, r.drawn(), r.resultHash(),
                recordedAt);
    }

    DrawResult result() {
        return new DrawResult(algorithm, taskId, drawnAt, nonceHash, seed, populationCount, populationHash,
                strataHash, strata, sampleSizes, drawn, resultHash);
    }
}
