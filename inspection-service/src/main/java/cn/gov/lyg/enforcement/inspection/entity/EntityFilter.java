package cn.gov.lyg.enforcement.inspection.entity;

/** Filters of the directory list; {@code q} matches the name or the start of the credit code. */
public record EntityFilter(String regionCode, String townshipCode, EntityType entityType, String industry,
                           RegistrationStatus registrationStatus, Boolean keySupervision, CreditRiskClass creditClass,
                           String q) {
}
