package cn.gov.lyg.enforcement.inspection.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.lyg.enforcement.inspection.shared.RuleViolation;
import cn.gov.lyg.enforcement.platform.security.DataScope;
import cn.gov.lyg.enforcement.platform.security.Role;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** DOMAIN.md §2.3.2, I11: the credit class, its date and source come from the credit system only. */
class CreditClassRulesTest {

    private static final LocalDate APRIL = LocalDate.of(2025, 4, 1);
    private static final CreditClassRules.Assignment STORED =
            new CreditClassRules.Assignment(CreditRiskClass.C, APRIL, "SAMR");

    private final CreditClassRules rules = new CreditClassRules();

    private static EntityData entry(CreditRiskClass creditClass, LocalDate classDate, String classSource) {
        return new EntityData("91320706MA1XK7C38L", "连云港海宁食品有限公司", EntityType.ENTERPRISE, "320706", null, null,
                null, null, null, null, Set.of(), false, creditClass, classDate, classSource);
    }

    private static void assertRefused(Runnable check, String code, String field) {
        assertThatThrownBy(check::run).isInstanceOfSatisfying(RuleViolation.class, v -> {
            assertThat(v.code()).isEqualTo(code);
            assertThat(v.kind()).isEqualTo(RuleViolation.Kind.INVALID);
            assertThat(v.details()).containsEntry("field", field);
        });
    }

    @Test
    void anAgencyCannotGiveANewEntityAClass() {
        assertRefused(() -> rules.checkEntry(entry(CreditRiskClass.A, null, null), null, false),
                "CREDIT_CLASS_SYSTEM_ONLY", "creditClass");
        // not even the default class, nor a date or source alone
        assertRefused(() -> rules.checkEntry(entry(CreditRiskClass.B, null, null), null, false),
                "CREDIT_CLASS_SYSTEM_ONLY", "creditClass");
        assertRefused(() -> rules.checkEntry(entry(null, APRIL, null), null, false),
                "CREDIT_CLASS_SYSTEM_ONLY", "classDate");
        assertRefused(() -> rules.checkEntry(entry(null, null, "SAMR"), null, false),
                "CREDIT_CLASS_SYSTEM_ONLY", "classSource");
        assertThatCode(() -> rules.checkEntry(entry(null, null, null), null, false)).doesNotThrowAnyException();
    }

    @Test
    void anAgencyMayRepeatTheStoredClassButNotChangeItOrItsDateOrSource() {
        assertThatCode(() -> rules.checkEntry(entry(CreditRiskClass.C, APRIL, "SAMR"), STORED, false))
                .doesNotThrowAnyException();
        assertThatCode(() -> rules.checkEntry(entry(CreditRiskClass.C, null, null), STORED, false))
                .doesNotThrowAnyException();
        assertThatCode(() -> rules.checkEntry(entry(null, null, null), STORED, false)).doesNotThrowAnyException();
        assertRefused(() -> rules.checkEntry(entry(CreditRiskClass.A, APRIL, "SAMR"), STORED, false),
                "CREDIT_CLASS_SYSTEM_ONLY", "creditClass");
        assertRefused(() -> rules.checkEntry(entry(CreditRiskClass.C, APRIL.plusDays(1), "SAMR"), STORED, false),
                "CREDIT_CLASS_SYSTEM_ONLY", "classDate");
        assertRefused(() -> rules.checkEntry(entry(CreditRiskClass.C, APRIL, "海州区市场监管局"), STORED, false),
                "CREDIT_CLASS_SYSTEM_ONLY", "classSource");
    }

    @Test
    void theCreditSystemSetsAnyClassWithItsSource() {
        assertThatCode(() -> rules.checkEntry(entry(CreditRiskClass.D, null, "PROVINCIAL_CREDIT"), null, true))
                .doesNotThrowAnyException();
        assertThatCode(() -> rules.checkEntry(entry(CreditRiskClass.A, APRIL, "SAMR"), STORED, true))
                .doesNotThrowAnyException();
        assertThatCode(() -> rules.checkEntry(entry(null, null, null), STORED, true)).doesNotThrowAnyException();
        assertRefused(() -> rules.checkEntry(entry(CreditRiskClass.A, APRIL, null), STORED, true),
                "CREDIT_CLASS_SOURCE_REQUIRED", "classSource");
        // a blank source is no source (EntityData reads it as none)
        assertRefused(() -> rules.checkEntry(entry(CreditRiskClass.A, APRIL, "  "), null, true),
                "CREDIT_CLASS_SOURCE_REQUIRED", "classSource");
    }

    @Test
    void theClassUpdateNeedsAClassAndASource() {
        assertThatCode(() -> rules.checkChange(CreditRiskClass.D, "SAMR")).doesNotThrowAnyException();
        assertRefused(() -> rules.checkChange(null, "SAMR"), "CREDIT_CLASS_REQUIRED", "creditClass");
        assertRefused(() -> rules.checkChange(CreditRiskClass.D, null), "CREDIT_CLASS_SOURCE_REQUIRED", "source");
        assertRefused(() -> rules.checkChange(CreditRiskClass.D, " "), "CREDIT_CLASS_SOURCE_REQUIRED", "source");
    }

    @Test
    void onlyTheIntegrationRoleIsTheCreditSystem() {
        for (Role role : Role.values()) {
            assertThat(EntityAccess.setsCreditClass(scope(role))).as(role.name()).isEqualTo(role == Role.INTEGRATION);
        }
        // an agency admin who is also an officer is still no credit system
        assertThat(EntityAccess.setsCreditClass(new DataScope("sub", "hz-admin", "web", "11320706300200020C",
                "320706", Set.of(Role.AGENCY_ADMIN, Role.OFFICER)))).isFalse();
    }

    private static DataScope scope(Role role) {
        return new DataScope("sub", "user", "client", "11320706300200020C", "320706", Set.of(role));
    }
}
