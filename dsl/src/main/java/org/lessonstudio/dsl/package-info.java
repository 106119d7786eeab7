/**
 * Lesson Studio's language: the front of the pipeline.
 *
 * <pre>
 * .lesson text → tokens → AST → Lesson → Timeline → FrameState → frames → MP4 / still / preview
 *   SourceFile   Lexer   Parser  LessonChecker   (timeline)   (renderer)  (media, studio)
 * </pre>
 *
 * <p>{@link org.lessonstudio.dsl.LessonCompiler} runs the first three steps and returns the checked
 * {@link org.lessonstudio.dsl.model.Lesson} with every {@link org.lessonstudio.dsl.diag.Diagnostic}.
 * This module uses the JDK only: it knows nothing of time or pixels. docs/architecture.md maps
 * every step to its class.
 */
package org.lessonstudio.dsl;
