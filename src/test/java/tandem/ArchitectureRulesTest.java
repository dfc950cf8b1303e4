package tandem;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.core.domain.Dependency;

@AnalyzeClasses(packages = "tandem", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureRulesTest {

    /** The module a class belongs to: the first package segment under tandem. */
    static String moduleOf(JavaClass c) {
        String[] parts = c.getPackageName().split("\\.");
        return parts.length > 1 ? parts[1] : "";
    }

    @ArchTest
    static final ArchRule noModuleTouchesAnotherModulesInternals = noClasses().should(new ArchCondition<JavaClass>(
            "depend on another module's internal or web package") {
        @Override
        public void check(JavaClass item, ConditionEvents events) {
            for (Dependency d : item.getDirectDependenciesFromSelf()) {
                JavaClass target = d.getTargetClass();
                String pkg = target.getPackageName();
                if (!pkg.startsWith("tandem.") || moduleOf(target).equals(moduleOf(item))) {
                    continue;
                }
                if (pkg.contains(".internal") || pkg.contains(".web")) {
                    events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                }
            }
        }
    });

    /** Stricter than "another module's": web code reaches data only through services and module APIs. */
    @ArchTest
    static final ArchRule webCodeNeverTouchesRepositories = noClasses().that().resideInAPackage("tandem..web..")
            .should().dependOnClassesThat(new DescribedPredicate<JavaClass>("are repositories or stores") {
                @Override
                public boolean test(JavaClass c) {
                    return c.getPackageName().startsWith("tandem.") && (c.getSimpleName().endsWith("Repository")
                            || c.getSimpleName().endsWith("Store"));
                }
            }).allowEmptyShould(true);

    @ArchTest
    static final ArchRule domainCodeDoesNotDependOnControllers = noClasses().that().resideOutsideOfPackage("tandem..web..")
            .should().dependOnClassesThat(DescribedPredicate.describe("are a module's web classes",
                    (JavaClass c) -> c.getPackageName().matches("tandem\\.(?!shared)[a-z]+\\.web.*")))
            .allowEmptyShould(true);
}
