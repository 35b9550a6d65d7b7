package cn.gov.lyg.enforcement.inspection.draw;

import cn.gov.lyg.enforcement.inspection.entity.CreditRiskClass;
import cn.gov.lyg.enforcement.inspection.entity.EntityType;
import cn.gov.lyg.enforcement.inspection.entity.RegistrationStatus;
import java.util.Objects;
import java.util.Set;

/**
 * One entry of the inspected-entity directory as the draw sees it.
 *
 * @param inspectionsThisYear inspections of this entity by the drawing agency for the task's items in the current year
 *     (ROUTINE, SPECIAL and DUAL_RANDOM; case-triggered ones do not count), for the frequency cap
 */
public record PopulationMember(String uscc, String regionCode, String townshipCode, EntityType entityType,
                               String industryCode, Set<String> licences, RegistrationStatus registrationStatus,
                               boolean keySupervision, CreditRiskClass creditClass, int inspectionsThisYear) {

    public PopulationMember {
        Objects.requireNonNull(uscc, "uscc");
        Objects.requireNonNull(regionCode, "regionCode");
        Objects.requireNonNull(registrationStatus, "registrationStatus");
        Objects.requireNonNull(creditClass, "creditClass");
        licences = licences == null ? Set.of() : Set.copyOf(licences);
    }
}
