package cn.gov.lyg.enforcement.inspection.draw;

import cn.gov.lyg.enforcement.inspection.entity.CreditRiskClass;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a draw: everything the immutable draw log stores.
 *
 * @param algorithm {@link SpotCheckDraw#ALGORITHM}
 * @param seed hex SHA-256 seed derived from task, time, nonce and population hash
 * @param strata stratum sizes per class (internal)
 * @param sampleSizes entities drawn per class (internal)
 * @param resultHash SHA-256 over the lines {@code <rank>,<uscc>,<officerId>;<officerId>...\n} (public: no class)
 */
public record DrawResult(String algorithm, String taskId, String drawnAt, String nonceHash, String seed,
                         int populationCount, String populationHash, String strataHash,
                         Map<CreditRiskClass, Integer> strata, Map<CreditRiskClass, Integer> sampleSizes,
                         List<DrawnEntity> drawn, String resultHash) {

    public DrawResult {
        strata = Map.copyOf(strata);
        sampleSizes = Map.copyOf(sampleSizes);
        drawn = List.copyOf(drawn);
    }

    /** The public result line of an entity (no credit class). */
    public static String resultLine(DrawnEntity e) {
        return e.rank() + "," + e.uscc() + "," + String.join(";", e.inspectorIds()) + "\n";
    }

    public static String resultHash(List<DrawnEntity> drawn) {
        MessageDigest digest = DrawHashing.sha256();
        for (DrawnEntity e : drawn) {
            digest.update(resultLine(e).getBytes(StandardCharsets.UTF_8));
        }
        return DrawHashing.hex(digest.digest());
    }
}
