package cn.gov.lyg.enforcement.inspection.draw;

import cn.gov.lyg.enforcement.inspection.entity.CreditRiskClass;
import java.util.List;

/**
 * One drawn entity with its randomly assigned team, in draw order.
 *
 * @param creditClass the class frozen at the draw (internal)
 * @param inspectorIds the team, the first one proposed as lead
 * @param rotationRelaxed {@code true} when the pool was too small to avoid repeating the previous team's pair
 */
public record DrawnEntity(int rank, String uscc, String regionCode, CreditRiskClass creditClass,
                          List<String> inspectorIds, boolean rotationRelaxed) {

    public DrawnEntity {
        inspectorIds = List.copyOf(inspectorIds);
    }
}
