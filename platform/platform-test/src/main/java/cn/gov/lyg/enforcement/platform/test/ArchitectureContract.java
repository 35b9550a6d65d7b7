package cn.gov.lyg.enforcement.platform.test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The shape every service keeps (docs/architecture.md), checked with ArchUnit over the service's main classes. A
 * service has one test class extending this contract in its root package (e.g. {@code cn.gov.lyg.enforcement.catalog}),
 * as it extends {@link ServiceWiringContract}; the rules are also public factories so that they can be tested on
 * planted violations.
 * <ul>
 *   <li>feature slices ({@code <root>.<feature>..}) depend on each other without cycles: a feature reacts to another
 *       one through a listener on its events, not by being called back;</li>
 *   <li>no package cycles at all, at any depth;</li>
 *   <li>a {@code *Store} is used only inside its own feature: other features go through the owning feature's
 *       service;</li>
 *   <li>{@code *Rules} are plain Java: no web, servlet, HTTP or Mongo types;</li>
 *   <li>aggregates (Mongo {@code @Document} classes) raise rule codes and know no HTTP status: the platform maps codes
 *       to statuses;</li>
 *   <li>controllers do not use {@code MongoTemplate}: they call their feature's service;</li>
 *   <li>no service imports another service's code: shared code lives in {@code cn.gov.lyg.enforcement.platform} and
 *       {@code cn.gov.lyg.enforcement.events}.</li>
 * </ul>
 */
public abstract class ArchitectureContract {

    /** The packages every service may use besides its own. */
    public static final List<String> SHARED = List.of("cn.gov.lyg.enforcement.platform..",
            "cn.gov.lyg.enforcement.events..");

    private static final String[] WEB_AND_MONGO = {"org.springframework.web..", "org.springframework.http..",
            "jakarta.servlet..", "org.springframework.data.mongodb..", "com.mongodb..", "org.bson.."};

    private static final Map<String, JavaClasses> IMPORTED = new ConcurrentHashMap<>();

    /** The service's root package; by default the package of the test class extending this contract. */
    protected String rootPackage() {
        return getClass().getPackageName();
    }

    /** The service's main classes (tests excluded). */
    protected JavaClasses serviceClasses() {
        return IMPORTED.computeIfAbsent(rootPackage(), root -> new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(root));
    }

    @Test
    protected void featureSlicesAreFreeOfCycles() {
        featureSlicesFreeOfCycles(rootPackage()).check(serviceClasses());
    }

    @Test
    protected void packagesAreFreeOfCycles() {
        packagesFreeOfCycles(rootPackage()).check(serviceClasses());
    }

    @Test
    protected void storesAreUsedOnlyInsideTheirFeature() {
        storesUsedOnlyInsideTheirFeature(rootPackage()).check(serviceClasses());
    }

    @Test
    protected void rulesUseNoWebOrMongoTypes() {
        rulesFreeOfWebAndMongo().check(serviceClasses());
    }

    @Test
    protected void aggregatesUseNoHttpTypes() {
        aggregatesFreeOfHttp().check(serviceClasses());
    }

    @Test
    protected void controllersDoNotUseMongoTemplate() {
        controllersWithoutMongoTemplate().check(serviceClasses());
    }

    @Test
    protected void serviceImportsNoOtherServicesCode() {
        noOtherServicesCode(rootPackage()).check(serviceClasses());
    }

    /** Feature packages directly under the root ({@code <root>.<feature>..}) form no cycle. */
    public static ArchRule featureSlicesFreeOfCycles(String root) {
        return slices().matching(root + ".(*)..").namingSlices("feature $1").should().beFreeOfCycles()
                .allowEmptyShould(true);
    }

    /** No package, at any depth under the root, is part of a cycle. */
    public static ArchRule packagesFreeOfCycles(String root) {
        return slices().matching(root + ".(**)").namingSlices("package $1").should().beFreeOfCycles()
                .allowEmptyShould(true);
    }

    /** A class named {@code *Store} is used only by classes of its own feature package (and its sub-packages). */
    public static ArchRule storesUsedOnlyInsideTheirFeature(String root) {
        return classes().that().haveSimpleNameEndingWith("Store").and().resideInAPackage(root + "..")
                .should(new ArchCondition<JavaClass>("be used only inside their feature") {
                    @Override
                    public void check(JavaClass store, ConditionEvents events) {
                        String feature = featureOf(root, store);
                        for (Dependency dependency : store.getDirectDependenciesToSelf()) {
                            JavaClass origin = dependency.getOriginClass();
                            if (!featureOf(root, origin).equals(feature)) {
                                events.add(SimpleConditionEvent.violated(dependency,
                                        store.getSimpleName() + " of feature '" + feature + "' is used by "
                                                + origin.getName() + " of feature '" + featureOf(root, origin)
                                                + "': " + dependency.getDescription()));
                            }
                        }
                    }
                }).allowEmptyShould(true);
    }

    /** Classes named {@code *Rules} use no web, servlet, HTTP or Mongo types. */
    public static ArchRule rulesFreeOfWebAndMongo() {
        return noClasses().that().haveSimpleNameEndingWith("Rules")
                .should().dependOnClassesThat().resideInAnyPackage(WEB_AND_MONGO).allowEmptyShould(true);
    }

    /** Aggregates ({@code @Document} classes) use no HTTP, web or servlet types (no {@code HttpStatus}). */
    public static ArchRule aggregatesFreeOfHttp() {
        return noClasses().that().areAnnotatedWith(Document.class)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.http..",
                        "org.springframework.web..", "jakarta.servlet..").allowEmptyShould(true);
    }

    /** Controllers do not use {@code MongoTemplate} (nor any other Mongo type). */
    public static ArchRule controllersWithoutMongoTemplate() {
        return noClasses().that().haveSimpleNameEndingWith("Controller")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.data.mongodb.core..",
                        "com.mongodb..").allowEmptyShould(true);
    }

    /** The service's classes depend on no {@code cn.gov.lyg.enforcement} code but their own and the shared code. */
    public static ArchRule noOtherServicesCode(String root) {
        return noClasses().that().resideInAPackage(root + "..")
                .should().dependOnClassesThat(resideInAPackage("cn.gov.lyg.enforcement..")
                        .and(not(resideInAnyPackage(root + "..", SHARED.get(0), SHARED.get(1)))))
                .allowEmptyShould(true);
    }

    /** The feature package of a class: the first package segment under the root ({@code ""} for the root itself). */
    static String featureOf(String root, JavaClass type) {
        String pkg = type.getPackageName();
        if (!pkg.startsWith(root + ".")) {
            return pkg.equals(root) ? "" : pkg;
        }
        String rest = pkg.substring(root.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
