package cn.gov.lyg.enforcement.inspection.entity;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.Set;

/**
 * An entity as the internal API shows it. {@code creditClass}, {@code classDate} and {@code classSource} are filled
 * only for callers allowed to see the internal class ({@link EntityAccess#seesCreditClass}) and left out otherwise.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EntityView(String uscc, String name, boolean legacyCode, EntityType entityType, String regionCode,
                         String townshipCode, String address, Double latitude, Double longitude, String industryCode,
                         RegistrationStatus registrationStatus, Set<String> licences, boolean keySupervision,
                         CreditRiskClass creditClass, LocalDate classDate, String classSource, Long version) {

    public static EntityView of(InspectedEntity e, boolean withClass) {
        return new EntityView(e.getId(), e.getName(), e.isLegacyCode(), e.getEntityType(), e.getRegionCode(),
                e.getTownshipCode(), e.getAddress(), e.getLatitude(), e.getLongitude(), e.getIndustryCode(),
                e.getRegistrationStatus(), e.getLicences(), e.isKeySupervision(),
                withClass ? e.getCreditClass() : null, withClass ? e.getClassDate() : null,
                withClass ? e.getClassSource() : null, e.getVersion());
    }
}
