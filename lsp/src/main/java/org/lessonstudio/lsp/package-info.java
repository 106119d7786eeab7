/**
 * {@code lesson lsp}: the Language Server Protocol over stdio, for any editor with an LSP client.
 * A thin front end: every answer is app's ({@code org.lessonstudio.app.edit}: the same checks as
 * {@code lesson check}, the language's own parser), translated here into LSP4J's terms
 * (offsets into lines and characters, spans into ranges).
 */
package org.lessonstudio.lsp;
