package org.silkroadatlas;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Holds the package boundaries of DESIGN.md: arrows point from views to state to data to model. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.silkroadatlas");
    }

    @Test
    void modelUsesTheJdkOnly() {
        noClasses().that().resideInAPackage("..model..")
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", "..model..")
                .because("records are shared by every layer and must stay free of UI and parsing libraries")
                .check(classes);
    }

    @Test
    void theLaunchUsesTheJdkOnly() {
        noClasses().that().resideInAPackage("..launch..")
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", "..launch..")
                .because("it runs before the window's JVM exists: every class it loads is start-up time")
                .check(classes);
    }

    @Test
    void onlyDataUsesJackson() {
        noClasses().that().resideOutsideOfPackage("org.silkroadatlas.data..")
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
                .because("the file format is the data package's business alone")
                .check(classes);
    }

    @Test
    void onlyMapUsesGluonMaps() {
        noClasses().that().resideOutsideOfPackage("org.silkroadatlas.map..")
                .should().dependOnClassesThat().resideInAPackage("com.gluonhq..")
                .because("the map library can then be replaced without touching other panels")
                .check(classes);
    }

    @Test
    void onlyDetailUsesWebView() {
        noClasses().that().resideOutsideOfPackages("org.silkroadatlas.detail..")
                .should().dependOnClassesThat().resideInAPackage("javafx.scene.web..")
                .because("one contained WebView renders the escaped detail HTML")
                .check(classes);
    }

    @Test
    void stateAndDataHaveNoControls() {
        noClasses().that().resideInAnyPackage("..state..", "..data..", "..model..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .because("the state hub and the loader are tested without a toolkit")
                .check(classes);
    }

    @Test
    void panelsDoNotImportEachOther() {
        slices().matching("org.silkroadatlas.(map|timeline|figures|detail|search|table)..")
                .should().notDependOnEachOther()
                .because("panels observe the shared state instead of calling each other")
                .check(classes);
    }

    @Test
    void lowerLayersDoNotReachUp() {
        noClasses().that().resideInAnyPackage("..model..", "..data..", "..state..")
                .should().dependOnClassesThat().resideInAnyPackage("..shell..", "..cli..", "..present..",
                        "..map..", "..timeline..", "..figures..", "..detail..", "..table..")
                .because("dependencies point from the views down to the state, the data and the model")
                .check(classes);
    }
}
