package cn.gov.lyg.enforcement.inspection.draw;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks a published or stored draw.
 *
 * <ul>
 *   <li>{@link #checkPublic}: what anyone can check from the public announcement alone: the revealed nonce matches the
 *       commitment published before the draw, the seed is derived from task, time, nonce and population hash, and the
 *       result hash covers the published list;</li>
 *   <li>{@link #recompute}: the full audit (AS-11): the draw re-executed from the population snapshot and the
 *       inspector directory gives the same entities and teams in the same order.</li>
 * </ul>
 *
 * @param failures codes of the failed checks ({@code NONCE_COMMITMENT_MISMATCH}, {@code SEED_MISMATCH},
 *     {@code POPULATION_HASH_MISMATCH}, {@code STRATA_HASH_MISMATCH}, {@code RESULT_MISMATCH}); empty when verified
 */
public record DrawVerification(boolean verified, List<String> failures) {

    public DrawVerification {
        failures = List.copyOf(failures);
    }

    public static DrawVerification checkPublic(String taskId, String drawnAt, String nonceHash, String nonce,
                                               String populationHash, String seed, List<DrawnEntity> drawn,
                                               String resultHash) {
        List<String> failures = new ArrayList<>();
        if (nonce == null || !new DrawCommitment(nonceHash).matches(nonce)) {
            failures.add("NONCE_COMMITMENT_MISMATCH");
        }
        if (!SpotCheckDraw.seed(taskId, drawnAt, nonce, populationHash).equals(seed)) {
            failures.add("SEED_MISMATCH");
        }
        if (!DrawResult.resultHash(drawn).equals(resultHash)) {
            failures.add("RESULT_MISMATCH");
        }
        return new DrawVerification(failures.isEmpty(), failures);
    }

    public static DrawVerification recompute(DrawResult stored, PopulationSnapshot population,
                                             List<InspectorCandidate> inspectors, DrawRequest request,
                                             SpotCheckDraw algorithm) {
        List<String> failures = new ArrayList<>(checkPublic(stored.taskId(), stored.drawnAt(), stored.nonceHash(),
                request.nonce(), stored.populationHash(), stored.seed(), stored.drawn(), stored.resultHash())
                .failures());
        if (!population.populationHash().equals(stored.populationHash())) {
            failures.add("POPULATION_HASH_MISMATCH");
        }
        if (!population.strataHash().equals(stored.strataHash())) {
            failures.add("STRATA_HASH_MISMATCH");
        }
        if (failures.isEmpty()) {
            DrawResult again = algorithm.draw(population, inspectors, request);
            if (!again.drawn().equals(stored.drawn()) || !again.resultHash().equals(stored.resultHash())) {
                failures.add("RESULT_MISMATCH");
            }
        }
        return new DrawVerification(failures.isEmpty(), failures);
    }
}
