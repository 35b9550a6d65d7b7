package cn.gov.lyg.enforcement.benchmark.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.lyg.enforcement.benchmark.law.RuleAssert;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class FineFormulaTest {

    @Test
    void fixedRangeIsItsOwnStatutoryRange() {
        FineFormula.Resolved r = FineFormula.fixedRange(5_000, 50_000).resolve(null);
        assertThat(r.statutory()).isEqualTo(AmountRange.of(5_000, 50_000));
        assertThat(r.hasStatutoryMinimum()).isTrue();
        assertThat(r.statutory().min().scale()).isEqualTo(2);
    }

    @Test
    void maxOnlyStartsAtZeroAndHasNoStatutoryMinimum() {
        FineFormula.Resolved r = FineFormula.maxOnly(20_000).resolve(null);
        assertThat(r.statutory()).isEqualTo(AmountRange.of(0, 20_000));
        assertThat(r.hasStatutoryMinimum()).isFalse();
    }

    @Test
    void multipleOfBaseScalesByTheBaseAmount() {
        FineFormula f = FineFormula.multipleOfBase(BaseKind.ILLEGAL_GAINS, "1", "5");
        assertThat(f.resolve(new BigDecimal("3333.33")).statutory())
                .isEqualTo(new AmountRange(new BigDecimal("3333.33"), new BigDecimal("16666.65")));
    }

    @Test
    void percentOfBaseScalesByAHundredthOfTheBase() {
        FineFormula f = FineFormula.percentOfBase(BaseKind.ILLEGAL_TURNOVER, "2", "10");
        FineFormula.Resolved r = f.resolve(BigDecimal.valueOf(150_000));
        assertThat(r.statutory()).isEqualTo(AmountRange.of(3_000, 15_000));
        assertThat(r.scale()).isEqualByComparingTo("1500");
    }

    @Test
    void fixedAmountIsAPoint() {
        assertThat(FineFormula.fixedAmount(2_000).resolve(null).statutory()).isEqualTo(AmountRange.of(2_000, 2_000));
    }

    @Test
    void branchedPicksTheBranchByBaseAmountWithTheThresholdItselfInTheUpperBranch() {
        FineFormula f = Entries.mkt12512().fineFormula();
        assertThat(f.resolve(new BigDecimal("9999.99")).statutory()).isEqualTo(AmountRange.of(5_000, 50_000));
        assertThat(f.resolve(BigDecimal.valueOf(10_000)).statutory()).isEqualTo(AmountRange.of(50_000, 100_000));
        assertThat(f.resolve(BigDecimal.valueOf(20_000)).statutory()).isEqualTo(AmountRange.of(100_000, 200_000));
        assertThat(f.resolve(BigDecimal.ZERO).statutory()).isEqualTo(AmountRange.of(5_000, 50_000));
    }

    @Test
    void baseDependentFormulasNeedABaseAmount() {
        RuleAssert.assertRule(() -> Entries.mkt12512().fineFormula().resolve(null), "BASE_AMOUNT_REQUIRED");
        RuleAssert.assertRule(() -> FineFormula.multipleOfBase(BaseKind.GOODS_VALUE, "1", "2").resolve(null),
                "BASE_AMOUNT_REQUIRED");
    }

    @Test
    void negativeBaseAmountsAreRejected() {
        RuleAssert.assertRule(() -> FineFormula.multipleOfBase(BaseKind.GOODS_VALUE, "1", "2")
                .resolve(BigDecimal.valueOf(-1)), "NEGATIVE_AMOUNT");
    }

    @Test
    void invalidFormulasCannotBeBuilt() {
        assertThatThrownBy(() -> FineFormula.fixedRange(50_000, 5_000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FineFormula.fixedRange(-1, 5_000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FineFormula.maxOnly(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FineFormula(FormulaKind.MULTIPLE_OF_BASE, BigDecimal.ONE, BigDecimal.TEN, null,
                null, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FineFormula.branched(BaseKind.GOODS_VALUE,
                List.of(new FineBranch(BigDecimal.ZERO, FineFormula.fixedRange(1, 2)))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FineFormula.branched(BaseKind.GOODS_VALUE, List.of(
                new FineBranch(BigDecimal.ONE, FineFormula.fixedRange(1, 2)),
                new FineBranch(BigDecimal.TEN, FineFormula.fixedRange(1, 2))))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FineFormula.branched(BaseKind.GOODS_VALUE, List.of(
                new FineBranch(BigDecimal.ZERO, FineFormula.fixedRange(1, 2)),
                new FineBranch(BigDecimal.ZERO, FineFormula.fixedRange(1, 3))))).isInstanceOf(IllegalArgumentException.class);
    }
}
