package org.lessonstudio.renderer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FormulasTest {

    @Test
    void aFormulaThatCannotBeTypesetIsExplained() {
        assertTrue(Formulas.problem("\\sin\\theta = \\dfrac{y}{1}").isEmpty());
        assertTrue(Formulas.problem("\\sinn\\theta").orElseThrow().contains("sinn"));
    }

    @Test
    void layoutsAreKeptAndReused() {
        assertTrue(Formulas.layout("x^2 + y^2") == Formulas.layout("x^2 + y^2"));
    }
}
