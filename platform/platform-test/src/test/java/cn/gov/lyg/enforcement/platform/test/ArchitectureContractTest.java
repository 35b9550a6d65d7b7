package cn.gov.lyg.enforcement.platform.test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/**
 * The contract's rules fail on planted violations (fixtures under {@code cn.gov.lyg.enforcement.fixture}, test
 * sources of this module) and pass on a fixture with the intended shape.
 */
class ArchitectureContractTest {

    private static final String FIXTURES = "cn.gov.lyg.enforcement.fixture";
    private static final JavaClasses CLASSES = new ClassFileImporter().importPackages(FIXTURES);

    @Test
    void aCycleBetweenFeaturesFails() {
        assertThatThrownBy(() -> ArchitectureContract.featureSlicesFreeOfCycles(FIXTURES + ".cycle").check(CLASSES))
                .isInstanceOf(AssertionError.class).hasMessageContaining("feature a").hasMessageContaining("feature b");
        assertThatThrownBy(() -> ArchitectureContract.packagesFreeOfCycles(FIXTURES + ".cycle").check(CLASSES))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Cycle");
    }

    @Test
    void aStoreUsedByAnotherFeatureFails() {
        assertThatThrownBy(() -> ArchitectureContract.storesUsedOnlyInsideTheirFeature(FIXTURES + ".storeleak")
                .check(CLASSES)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("OrderStore of feature 'orders' is used by")
                .hasMessageContaining("BillingService");
    }

    @Test
    void rulesWithHttpTypesAndControllersWithMongoFail() {
        JavaClasses web = new ClassFileImporter().importPackages(FIXTURES + ".webrules");
        assertThatThrownBy(() -> ArchitectureContract.rulesFreeOfWebAndMongo().check(web))
                .isInstanceOf(AssertionError.class).hasMessageContaining("PriceRules")
                .hasMessageContaining("HttpStatus");
        assertThatThrownBy(() -> ArchitectureContract.aggregatesFreeOfHttp().check(web))
                .isInstanceOf(AssertionError.class).hasMessageContaining("PriceList")
                .hasMessageContaining("HttpStatus");
        assertThatThrownBy(() -> ArchitectureContract.controllersWithoutMongoTemplate().check(web))
                .isInstanceOf(AssertionError.class).hasMessageContaining("PriceController")
                .hasMessageContaining("MongoTemplate");
    }

    @Test
    void importingAnotherServicesCodeFails() {
        assertThatThrownBy(() -> ArchitectureContract.noOtherServicesCode(FIXTURES + ".foreign").check(CLASSES))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Copier")
                .hasMessageContaining(FIXTURES + ".clean.orders.Order");
    }

    @Test
    void theIntendedShapePassesEveryRule() {
        ArchitectureContract clean = new ArchitectureContract() {
            @Override
            protected String rootPackage() {
                return FIXTURES + ".clean";
            }

            @Override
            protected JavaClasses serviceClasses() {
                return new ClassFileImporter().importPackages(rootPackage());
            }
        };
        assertThatCode(() -> {
            clean.featureSlicesAreFreeOfCycles();
            clean.packagesAreFreeOfCycles();
            clean.storesAreUsedOnlyInsideTheirFeature();
            clean.rulesUseNoWebOrMongoTypes();
            clean.controllersDoNotUseMongoTemplate();
            clean.aggregatesUseNoHttpTypes();
            clean.serviceImportsNoOtherServicesCode();
        }).doesNotThrowAnyException();
    }
}
