package cn.gov.lyg.enforcement.supervision.push;

import cn.gov.lyg.enforcement.events.vocabulary.InspectionKind;
import cn.gov.lyg.enforcement.events.vocabulary.ItemType;
import cn.gov.lyg.enforcement.events.vocabulary.PenaltyKind;
import cn.gov.lyg.enforcement.platform.identifier.RegionCodes;
import cn.gov.lyg.enforcement.platform.identifier.UnifiedSocialCreditCode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Validation before a record is sent (DOMAIN.md §2.6): unified social credit codes with their check digit, region
 * codes from the GB/T 2260 list, timestamps with {@code +08:00}, codes from the shared code lists, required fields
 * per dataset, amounts as non-negative decimals with two places. A record that breaks any rule is kept locally as
 * {@code PUSH_VALIDATION_FAILED} with these violations and never sent. Tombstones carry only the identity fields.
 */
public final class PushRules {

    static final Set<String> CERTIFICATE_STATUSES = Set.of("APPLIED", "APPROVED", "REJECTED", "ACTIVE", "SUSPENDED",
            "REVOKED", "WITHDRAWN", "CANCELLED", "LOST", "EXPIRED");
    static final Set<String> PENALTY_KINDS = names(PenaltyKind.values());
    static final Set<String> INSPECTION_KINDS = names(InspectionKind.values());
    static final Set<String> ITEM_TYPES = names(ItemType.values());

    private final RegionCodes regions;

    public PushRules(RegionCodes regions) {
        this.regions = regions;
    }

    private static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toUnmodifiableSet());
    }

    public List<PushViolation> validate(ProvincialRecord r) {
        List<PushViolation> v = new ArrayList<>();
        if (r.dataset() == null) {
            v.add(new PushViolation("dataset", "FIELD_REQUIRED"));
            return v;
        }
        if (blank(r.recordId())) {
            v.add(new PushViolation("recordId", "FIELD_REQUIRED"));
        }
        if (r.version() < 0) {
            v.add(new PushViolation("version", "FIELD_RANGE"));
        }
        if (blank(r.regionCode())) {
            v.add(new PushViolation("regionCode", "FIELD_REQUIRED"));
        } else if (regions.lookup(r.regionCode()).isEmpty()) {
            v.add(new PushViolation("regionCode", "REGION_CODE_UNKNOWN"));
        }
        if (r.dataset() != Dataset.CATALOG_ITEM || r.agencyCode() != null) {
            uscc(v, "agencyCode", r.agencyCode());
        }
        if (r.occurredAt() == null) {
            v.add(new PushViolation("occurredAt", "FIELD_REQUIRED"));
        } else if (!ZoneOffset.ofHours(8).equals(r.occurredAt().getOffset())) {
            v.add(new PushViolation("occurredAt", "TIME_OFFSET_NOT_BEIJING"));
        }
        if (r.tombstone()) {
            return v;
        }
        Map<String, Object> d = r.data();
        switch (r.dataset()) {
            case INSPECTION_RESULT -> {
                required(v, d, "inspectionNo");
                uscc(v, "data.entityUscc", text(d.get("entityUscc")));
                code(v, d, "kind", INSPECTION_KINDS, true);
                if (list(d.get("resultCodes")).isEmpty()) {
                    v.add(new PushViolation("data.resultCodes", "FIELD_REQUIRED"));
                }
            }
            case DECISION -> {
                required(v, d, "decisionNo");
                date(v, d, "decidedOn", true);
                if ("PENALTY".equals(d.get("caseType")) && list(d.get("penaltyKinds")).isEmpty()) {
                    v.add(new PushViolation("data.penaltyKinds", "FIELD_REQUIRED"));
                }
                for (Object kind : list(d.get("penaltyKinds"))) {
                    if (!PENALTY_KINDS.contains(String.valueOf(kind))) {
                        v.add(new PushViolation("data.penaltyKinds", "CODE_UNKNOWN"));
                    }
                }
                amount(v, d, "fineAmount");
                amount(v, d, "confiscationAmount");
            }
            case DISCLOSURE -> date(v, d, "publishedOn", true);
            case CERTIFICATE_STATUS -> {
                required(v, d, "certificateNo");
                code(v, d, "status", CERTIFICATE_STATUSES, true);
                date(v, d, "validFrom", false);
                date(v, d, "validTo", false);
            }
            case CATALOG_ITEM -> {
                required(v, d, "itemCode");
                required(v, d, "name");
                code(v, d, "itemType", ITEM_TYPES, true);
                for (Object agency : list(d.get("implementingAgencyCodes"))) {
                    uscc(v, "data.implementingAgencyCodes", String.valueOf(agency));
                }
            }
            case ANNUAL_STATISTICS -> {
                Object year = d.get("year");
                if (!(year instanceof Number n) || n.intValue() < 2000 || n.intValue() > 2100) {
                    v.add(new PushViolation("data.year", "FIELD_RANGE"));
                }
                if (!(d.get("tables") instanceof Map<?, ?> tables) || tables.isEmpty()) {
                    v.add(new PushViolation("data.tables", "FIELD_REQUIRED"));
                } else if (hasNegative(tables)) {
                    v.add(new PushViolation("data.tables", "COUNT_NEGATIVE"));
                }
            }
        }
        return v;
    }

    private static boolean hasNegative(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue() < 0;
        }
        if (value instanceof String s && s.matches("-\\d+(\\.\\d+)?")) {
            return true;
        }
        if (value instanceof Map<?, ?> m) {
            return m.values().stream().anyMatch(PushRules::hasNegative);
        }
        if (value instanceof Collection<?> c) {
            return c.stream().anyMatch(PushRules::hasNegative);
        }
        return false;
    }

    private static void uscc(List<PushViolation> v, String field, String value) {
        if (blank(value)) {
            v.add(new PushViolation(field, "FIELD_REQUIRED"));
            return;
        }
        UnifiedSocialCreditCode.validate(value).errorCode()
                .ifPresent(code -> v.add(new PushViolation(field, code)));
    }

    private static void required(List<PushViolation> v, Map<String, Object> d, String field) {
        if (blank(text(d.get(field)))) {
            v.add(new PushViolation("data." + field, "FIELD_REQUIRED"));
        }
    }

    private static void code(List<PushViolation> v, Map<String, Object> d, String field, Set<String> codes,
                             boolean required) {
        String value = text(d.get(field));
        if (blank(value)) {
            if (required) {
                v.add(new PushViolation("data." + field, "FIELD_REQUIRED"));
            }
        } else if (!codes.contains(value)) {
            v.add(new PushViolation("data." + field, "CODE_UNKNOWN"));
        }
    }

    private static void date(List<PushViolation> v, Map<String, Object> d, String field, boolean required) {
        String value = text(d.get(field));
        if (blank(value)) {
            if (required) {
                v.add(new PushViolation("data." + field, "FIELD_REQUIRED"));
            }
            return;
        }
        try {
            LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            v.add(new PushViolation("data." + field, "DATE_FORMAT"));
        }
    }

    private static void amount(List<PushViolation> v, Map<String, Object> d, String field) {
        String value = text(d.get(field));
        if (value != null && !value.matches("\\d{1,13}\\.\\d{2}")) {
            v.add(new PushViolation("data." + field, "AMOUNT_FORMAT"));
        }
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> l ? l : List.of();
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
