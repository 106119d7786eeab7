/**
 * The only place JavaCV and FFmpeg are used: encoding frames to MP4
 * ({@link org.lessonstudio.media.Mp4Exporter}) and reading videos back
 * ({@link org.lessonstudio.media.VideoProbe}).
 */
package org.lessonstudio.media;
