package org.tokensphere.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tokensphere.model.archfixture.UpwardImport;
import org.tokensphere.preset.PresetLibrary;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The layering of the main code (README.md, "Architecture"): model → engine → preset / export / io / sweep →
 * cli / app / spark,
 * each layer using only the layers below it, the model without JavaFX, and no package cycles anywhere.
 */
class LayeringTest {
    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.tokensphere");
    }

    /** The layers, bottom up; a layer may use only the layers below it. */
    static LayeredArchitecture layers() {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("model").definedBy("org.tokensphere.model..")
                .layer("engine").definedBy("org.tokensphere.engine..")
                .layer("services").definedBy("org.tokensphere.preset..", "org.tokensphere.export..",
                        "org.tokensphere.io..", "org.tokensphere.sweep..")
                .layer("front").definedBy("org.tokensphere.cli..", "org.tokensphere.app..",
                        "org.tokensphere.spark..")
                .whereLayer("front").mayNotBeAccessedByAnyLayer()
                .whereLayer("services").mayOnlyBeAccessedByLayers("front")
                .whereLayer("engine").mayOnlyBeAccessedByLayers("services", "front");
    }

    static ArchRule noCycles() {
        return slices().matching("org.tokensphere.(**)").should().beFreeOfCycles();
    }

    @Test
    void eachLayerUsesOnlyTheLayersBelowIt() {
        layers().check(main);
    }

    @Test
    void noPackageCycles() {
        noCycles().check(main);
    }

    @Test
    void theModelKnowsNothingOfJavaFx() {
        noClasses().that().resideInAPackage("org.tokensphere.model..").should().dependOnClassesThat()
                .resideInAnyPackage("javafx..", "org.fxyz3d..", "io.fair_acc..", "org.scilab..")
                .check(main);
    }

    /** The rule is not vacuous: a model class that uses the preset layer (a test fixture) is refused. */
    @Test
    void anUpwardImportIsRefused() {
        JavaClasses withFixture = new ClassFileImporter().importClasses(UpwardImport.class, PresetLibrary.class);
        assertTrue(layers().evaluate(withFixture).hasViolation(), "the model using the preset layer must be refused");
    }
}
