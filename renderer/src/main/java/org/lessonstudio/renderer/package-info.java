/**
 * Frame state → pixels with Java2D and JLaTeXMath ({@link org.lessonstudio.renderer.FrameRenderer}),
 * and the export driver that feeds frames to any {@link org.lessonstudio.renderer.Exporter}.
 */
package org.lessonstudio.renderer;
