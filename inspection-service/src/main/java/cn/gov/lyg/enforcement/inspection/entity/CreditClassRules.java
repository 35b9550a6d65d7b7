package cn.gov.lyg.enforcement.inspection.entity;

import cn.gov.lyg.enforcement.inspection.shared.RuleViolation;
import java.time.LocalDate;

/**
 * Who sets the credit-risk class 信用风险分类 of a directory entry (DOMAIN.md §2.3.2 "creditRiskClass + classDate +
 * source (SAMR/provincial system)", I11 "credit class changes arrive as events from the provincial credit system (or
 * SAMR)"). The class drives the draw ratios of every agency of the region (§2.3.3), so it is never an agency's own
 * input:
 * <ul>
 *   <li>the credit system (an {@code INTEGRATION} client) sets it with its source; a class without a source is
 *       refused ({@code CREDIT_CLASS_SOURCE_REQUIRED}, 400);</li>
 *   <li>anybody else (an agency admin registering, updating or importing) may repeat the stored class, date and
 *       source (a read-modify-write, a re-imported export) but not set or change them
 *       ({@code CREDIT_CLASS_SYSTEM_ONLY}, 400, with the first differing field). A new entity has no stored class:
 *       it starts as B with source {@code DEFAULT} until the credit system sends its class.</li>
 * </ul>
 */
public final class CreditClassRules {

    /** The class of an entity as stored: class, date and source ({@code null} fields where none). */
    public record Assignment(CreditRiskClass creditClass, LocalDate classDate, String classSource) {

        static final Assignment NONE = new Assignment(null, null, null);
    }

    /**
     * The class fields of a directory entry (registration, update, import row).
     *
     * @param current the stored class, {@code null} for a new entity
     * @param fromCreditSystem whether the caller is the credit system ({@link EntityAccess#setsCreditClass})
     */
    public void checkEntry(EntityData data, Assignment current, boolean fromCreditSystem) {
        if (fromCreditSystem) {
            if (data.creditClass() != null) {
                requireSource(data.classSource(), "classSource");
            }
            return;
        }
        Assignment stored = current == null ? Assignment.NONE : current;
        String field = null;
        if (data.creditClass() != null && data.creditClass() != stored.creditClass()) {
            field = "creditClass";
        } else if (data.classDate() != null && !data.classDate().equals(stored.classDate())) {
            field = "classDate";
        } else if (data.classSource() != null && !data.classSource().equals(stored.classSource())) {
            field = "classSource";
        }
        if (field != null) {
            throw RuleViolation.invalid("CREDIT_CLASS_SYSTEM_ONLY").with("field", field);
        }
    }

    /** The credit system's class update: a class ({@code CREDIT_CLASS_REQUIRED}) and its source. */
    public void checkChange(CreditRiskClass creditClass, String source) {
        if (creditClass == null) {
            throw RuleViolation.invalid("CREDIT_CLASS_REQUIRED").with("field", "creditClass");
        }
        requireSource(source, "source");
    }

    private static void requireSource(String source, String field) {
        if (source == null || source.isBlank()) {
            throw RuleViolation.invalid("CREDIT_CLASS_SOURCE_REQUIRED").with("field", field);
        }
    }
}
