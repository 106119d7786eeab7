/**
 * The {@code lesson} command line ({@link org.lessonstudio.studio.LessonCommand}): check, render and
 * still, each a picocli subcommand tested through {@code CommandLine.execute}.
 */
package org.lessonstudio.studio;
