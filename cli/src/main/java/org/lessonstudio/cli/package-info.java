/**
 * The {@code lesson} command line ({@link org.lessonstudio.cli.LessonCommand}): check, render,
 * still, preview, gallery, prompts, provenance and export, each a picocli subcommand that reads its
 * arguments, asks the application layer ({@code org.lessonstudio.app}) and prints; tested through
 * {@code CommandLine.execute}. The preview window is found at run time, never compiled against.
 */
package org.lessonstudio.cli;
