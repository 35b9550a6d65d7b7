package cn.gov.lyg.enforcement.inspection.entity;

import java.time.LocalDate;
import java.util.Set;

/**
 * An entry of the directory as given by an API call or an import row. {@code creditClass}, {@code classDate} and
 * {@code classSource} are optional: the credit system sends a class with the entry or later through the class update;
 * anybody else may only repeat the stored class ({@link CreditClassRules}).
 */
public record EntityData(String uscc, String name, EntityType entityType, String regionCode, String townshipCode,
                         String address, Double latitude, Double longitude, String industryCode,
                         RegistrationStatus registrationStatus, Set<String> licences, Boolean keySupervision,
                         CreditRiskClass creditClass, LocalDate classDate, String classSource) {

    public EntityData {
        licences = licences == null ? Set.of() : Set.copyOf(licences);
        registrationStatus = registrationStatus == null ? RegistrationStatus.EXISTING : registrationStatus;
        townshipCode = blankToNull(townshipCode);
        industryCode = blankToNull(industryCode);
        address = blankToNull(address);
        name = name == null ? null : name.strip();
        classSource = blankToNull(classSource);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
