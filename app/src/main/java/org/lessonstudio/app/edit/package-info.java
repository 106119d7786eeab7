/**
 * Helping a teacher write a lesson, for every editor: a draft's mistakes, its names and where they
 * are used, completion by context, hover text, highlighting, the outline and canonical formatting.
 * Everything is worked out from the language's own parser and checker ({@code LessonCompiler},
 * {@link org.lessonstudio.app.LessonChecks}), as character offsets into the text; the language
 * server ({@code lsp}) and the preview's editor only translate it into their own terms.
 */
package org.lessonstudio.app.edit;
