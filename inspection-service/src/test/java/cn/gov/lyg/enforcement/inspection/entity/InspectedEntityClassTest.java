package cn.gov.lyg.enforcement.inspection.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Class, date and source of an entry change together (DOMAIN.md §2.3.2 "creditRiskClass + classDate + source"). */
class InspectedEntityClassTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 10);
    private static final LocalDate APRIL = LocalDate.of(2025, 4, 1);

    private static EntityData entry(String name, CreditRiskClass creditClass, LocalDate classDate,
                                    String classSource) {
        return new EntityData("91320706MA1XK7C38L", name, EntityType.ENTERPRISE, "320706", null, null, null, null,
                null, null, Set.of(), false, creditClass, classDate, classSource);
    }

    private static InspectedEntity classed(CreditRiskClass c, LocalDate date, String source) {
        return InspectedEntity.register("91320706MA1XK7C38L", false, entry("海宁食品", c, date, source), TODAY);
    }

    @Test
    void anEntryWithoutClassStartsAsBFromNoSourceAndWithoutDate() {
        InspectedEntity e = classed(null, null, null);
        assertThat(e.classAssignment()).isEqualTo(new CreditClassRules.Assignment(CreditRiskClass.B, null, "DEFAULT"));
    }

    @Test
    void aClassFromTheCreditSystemWithoutDateIsDatedToday() {
        assertThat(classed(CreditRiskClass.D, null, "SAMR").classAssignment())
                .isEqualTo(new CreditClassRules.Assignment(CreditRiskClass.D, TODAY, "SAMR"));
        assertThat(classed(CreditRiskClass.D, APRIL, "SAMR").classAssignment())
                .isEqualTo(new CreditClassRules.Assignment(CreditRiskClass.D, APRIL, "SAMR"));
    }

    @Test
    void aNewClassReplacesDateAndSourceTogether() {
        InspectedEntity e = classed(CreditRiskClass.C, APRIL, "SAMR");
        assertThat(e.changeClass(CreditRiskClass.A, null, "PROVINCIAL_CREDIT", TODAY)).isTrue();
        assertThat(e.classAssignment())
                .isEqualTo(new CreditClassRules.Assignment(CreditRiskClass.A, TODAY, "PROVINCIAL_CREDIT"));
    }

    @Test
    void theSameClassIsAReconfirmationOrNothing() {
        InspectedEntity e = classed(CreditRiskClass.C, APRIL, "SAMR");
        assertThat(e.changeClass(CreditRiskClass.C, null, null, TODAY)).isFalse();
        assertThat(e.changeClass(CreditRiskClass.C, APRIL, "SAMR", TODAY)).isFalse();
        assertThat(e.classAssignment()).isEqualTo(new CreditClassRules.Assignment(CreditRiskClass.C, APRIL, "SAMR"));
        assertThat(e.changeClass(CreditRiskClass.C, TODAY, "PROVINCIAL_CREDIT", TODAY)).isTrue();
        assertThat(e.classAssignment())
                .isEqualTo(new CreditClassRules.Assignment(CreditRiskClass.C, TODAY, "PROVINCIAL_CREDIT"));
    }

    @Test
    void anUpdateRepeatingTheStoredClassChangesOnlyWhatElseChanged() {
        InspectedEntity e = classed(CreditRiskClass.C, APRIL, "SAMR");
        assertThat(e.update(entry("海宁食品", CreditRiskClass.C, APRIL, "SAMR"), TODAY)).isFalse();
        assertThat(e.update(entry("海宁食品", null, null, null), TODAY)).isFalse();
        assertThat(e.update(entry("海宁食品（更名）", CreditRiskClass.C, null, null), TODAY)).isTrue();
        assertThat(e.classAssignment()).isEqualTo(new CreditClassRules.Assignment(CreditRiskClass.C, APRIL, "SAMR"));
        assertThat(e.update(entry("海宁食品（更名）", CreditRiskClass.D, null, "SAMR"), TODAY)).isTrue();
        assertThat(e.classAssignment()).isEqualTo(new CreditClassRules.Assignment(CreditRiskClass.D, TODAY, "SAMR"));
    }
}
