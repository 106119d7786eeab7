package org.lessonstudio.dsl.check;

import org.lessonstudio.dsl.model.Expr;

/** A checked expression and its type. */
record Typed(Expr expr, Type type) { }
