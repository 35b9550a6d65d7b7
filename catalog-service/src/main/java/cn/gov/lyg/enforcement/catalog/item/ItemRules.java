package cn.gov.lyg.enforcement.catalog.item;

import cn.gov.lyg.enforcement.events.vocabulary.AdminLevel;
import cn.gov.lyg.enforcement.events.vocabulary.ExerciseMode;
import cn.gov.lyg.enforcement.events.vocabulary.ItemType;
import cn.gov.lyg.enforcement.platform.agency.Agency;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The catalog's business rules on an item's content (DOMAIN.md §2.4.3), as a pure function from a definition and
 * the agencies it names to the list of violations, each with its stable code:
 * <ul>
 *   <li>{@code ITEM_CODE_FORMAT}: codes are {@code 3207-<domain>-<type>-<seq>} and their segments match the
 *       item's domain and type [ASM, DOMAIN.md §2.4.2];</li>
 *   <li>C1 {@code COERCION_NOT_ENTRUSTABLE}: a COERCION item cannot be ENTRUSTED (行政强制法 Art. 17);</li>
 *   <li>C2 {@code DELEGATION_TYPE_NOT_ALLOWED}: only PENALTY items (and their related coercive measures) of county
 *       departments may be delegated to townships (行政处罚法 Art. 24);</li>
 *   <li>C3 {@code BASIS_REQUIRED}, {@code AGENCY_UNKNOWN}, {@code AGENCY_NOT_ENFORCEMENT_SUBJECT},
 *       {@code AGENCY_DOMAIN_MISMATCH}: at least one implementing basis and agency, each agency an enforcement
 *       subject whose domains include the item's domain;</li>
 *   <li>C5 {@code TOWNSHIP_REQUIRES_DELEGATION}: a township appears as implementing agency only through a delegation;</li>
 *   <li>{@code AGENCY_LEVEL_NOT_LISTED}: every implementing agency's level is among the exercise levels;</li>
 *   <li>{@code FLAG_ONLY_FOR_INSPECTION}: random-check and key-supervision flags exist only for INSPECTION items;</li>
 *   <li>{@code VALIDITY_RANGE}: validTo is not before validFrom.</li>
 * </ul>
 */
public final class ItemRules {

    public static final Pattern ITEM_CODE = Pattern.compile("^3207-([A-Z]{3})-([A-Z]{3})-(\\d{4})$");

    private ItemRules() {
    }

    public static List<FieldViolation> check(ItemDefinition item, Map<String, Agency> agencies) {
        List<FieldViolation> errors = new ArrayList<>();
        var code = ITEM_CODE.matcher(item.itemCode() == null ? "" : item.itemCode());
        if (!code.matches()) {
            errors.add(FieldViolation.of("itemCode", "ITEM_CODE_FORMAT"));
        } else if (item.domain() != null && item.itemType() != null
                && (!code.group(1).equals(item.domain().codeSegment())
                || !code.group(2).equals(item.itemType().codeSegment()))) {
            errors.add(FieldViolation.of("itemCode", "ITEM_CODE_SEGMENTS_MISMATCH"));
        }
        if (item.itemType() == ItemType.COERCION && item.exerciseMode() == ExerciseMode.ENTRUSTED) {
            errors.add(FieldViolation.of("exerciseMode", "COERCION_NOT_ENTRUSTABLE"));
        }
        if (item.exerciseMode() == ExerciseMode.DELEGATED_TO_TOWNSHIP
                && ((item.itemType() != ItemType.PENALTY && item.itemType() != ItemType.COERCION)
                || !item.exerciseLevels().contains(AdminLevel.COUNTY))) {
            errors.add(FieldViolation.of("exerciseMode", "DELEGATION_TYPE_NOT_ALLOWED"));
        }
        if (item.implementingBasis().isEmpty()) {
            errors.add(FieldViolation.of("implementingBasis", "BASIS_REQUIRED"));
        }
        if (item.itemType() != ItemType.INSPECTION && (item.randomCheckItem() || item.keySupervision())) {
            errors.add(FieldViolation.of(item.randomCheckItem() ? "randomCheckItem" : "keySupervision",
                    "FLAG_ONLY_FOR_INSPECTION"));
        }
        if (item.validFrom() != null && item.validTo() != null && item.validTo().isBefore(item.validFrom())) {
            errors.add(FieldViolation.of("validTo", "VALIDITY_RANGE"));
        }
        if (item.implementingAgencyCodes().isEmpty()) {
            errors.add(FieldViolation.of("implementingAgencyCodes", "AGENCY_REQUIRED"));
        }
        for (int i = 0; i < item.implementingAgencyCodes().size(); i++) {
            String field = "implementingAgencyCodes[" + i + "]";
            Agency agency = agencies.get(item.implementingAgencyCodes().get(i));
            if (agency == null || !agency.active()) {
                errors.add(FieldViolation.of(field, "AGENCY_UNKNOWN"));
            } else if (agency.isTownship()) {
                errors.add(FieldViolation.of(field, "TOWNSHIP_REQUIRES_DELEGATION"));
            } else if (agency.kind() == cn.gov.lyg.enforcement.events.vocabulary.AgencyKind.JUSTICE_BUREAU) {
                errors.add(FieldViolation.of(field, "AGENCY_NOT_ENFORCEMENT_SUBJECT"));
            } else if (item.domain() != null && !agency.enforcesIn(item.domain())) {
                errors.add(FieldViolation.of(field, "AGENCY_DOMAIN_MISMATCH"));
            } else if (!item.exerciseLevels().isEmpty() && !item.exerciseLevels().contains(agency.level())) {
                errors.add(FieldViolation.of(field, "AGENCY_LEVEL_NOT_LISTED"));
            }
        }
        return errors;
    }
}
