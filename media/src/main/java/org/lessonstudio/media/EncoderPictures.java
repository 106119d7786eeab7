package org.lessonstudio.media;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGR24;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;
import static org.bytedeco.ffmpeg.global.avutil.av_image_get_buffer_size;
import static org.bytedeco.ffmpeg.global.swscale.SWS_BILINEAR;
import static org.bytedeco.ffmpeg.global.swscale.sws_freeContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_getContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_scale;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.bytedeco.ffmpeg.swscale.SwsContext;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerPointer;

/**
 * Drawn frames turned into the pictures the encoder takes (planar YUV 4:2:0), by libswscale with
 * the same settings the recorder used to apply itself, so the video is the same to the bit. Each
 * drawn image gets one picture of its own, made once and reused for every frame that image
 * carries, so the conversion can run on the drawing thread while the encoder works on the frame
 * before, and nothing is allocated per frame.
 *
 * <p>The drawing thread converts an image as soon as it is drawn ({@link #convert}); the encoder
 * takes its picture ({@link #take}) after the image was handed over, and the image is drawn again
 * only after the encoder is done with it. A caller that never converts gets its pictures made on
 * the encoder's thread instead.
 */
final class EncoderPictures implements AutoCloseable {

    /** One converted picture: its bytes, its three planes for libswscale, and a view for the recorder. */
    private record Picture(BytePointer bytes, PointerPointer<BytePointer> planes, ByteBuffer view) { }

    private final int width;
    private final int height;
    private final int pictureBytes;
    private final Map<BufferedImage, Picture> pictures = new IdentityHashMap<>();
    /** Images converted since the encoder last took their picture. */
    private final Set<BufferedImage> fresh = Collections.newSetFromMap(new IdentityHashMap<>());
    private SwsContext scaler;
    private BytePointer drawn;
    private PointerPointer<BytePointer> from;
    private IntPointer fromStrides;
    private IntPointer toStrides;
    private boolean closed;

    EncoderPictures(int width, int height) {
        this.width = width;
        this.height = height;
        this.pictureBytes = av_image_get_buffer_size(AV_PIX_FMT_YUV420P, width, height, 1);
    }

    /** Converts a drawn frame ({@link BufferedImage#TYPE_3BYTE_BGR}) into its picture. */
    synchronized void convert(BufferedImage image) throws IOException {
        if (image.getWidth() != width || image.getHeight() != height
                || image.getType() != BufferedImage.TYPE_3BYTE_BGR) {
            throw new IOException("a frame of " + image.getWidth() + "x" + image.getHeight() + " (type "
                    + image.getType() + ") for a video of " + width + "x" + height);
        }
        open();
        Picture picture = pictures.computeIfAbsent(image, i -> picture());
        byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        drawn.position(0).put(pixels, 0, width * 3 * height);
        int rows = sws_scale(scaler, from, fromStrides, 0, height, picture.planes(), toStrides);
        if (rows != height) {
            throw new IOException("libswscale converted " + rows + " of " + height + " rows");
        }
        fresh.add(image);
    }

    /**
     * The picture of {@code image} as it is now, for the recorder: the one {@link #convert} made
     * since the image was last taken, or made now. It stays valid until the image is converted again.
     */
    synchronized ByteBuffer take(BufferedImage image) throws IOException {
        if (!fresh.contains(image)) {
            convert(image);
        }
        fresh.remove(image);
        return pictures.get(image).view().clear();
    }

    private Picture picture() {
        BytePointer bytes = new BytePointer(pictureBytes);
        long luma = (long) width * height;
        long chroma = (long) ((width + 1) / 2) * ((height + 1) / 2);
        PointerPointer<BytePointer> planes = new PointerPointer<>(4);
        planes.put(0, bytes.getPointer(0));
        planes.put(1, bytes.getPointer(luma));
        planes.put(2, bytes.getPointer(luma + chroma));
        return new Picture(bytes, planes, bytes.position(0).limit(pictureBytes).asBuffer());
    }

    private void open() throws IOException {
        if (closed) {
            throw new IOException("the video was finished or stopped");
        }
        if (scaler != null) {
            return;
        }
        scaler = sws_getContext(width, height, AV_PIX_FMT_BGR24, width, height, AV_PIX_FMT_YUV420P, SWS_BILINEAR,
                null, null, (DoublePointer) null);
        if (scaler == null || scaler.isNull()) {
            throw new IOException("libswscale cannot convert " + width + "x" + height + " frames");
        }
        drawn = new BytePointer((long) width * 3 * height);
        from = new PointerPointer<>(4);
        from.put(0, drawn);
        fromStrides = new IntPointer(width * 3, 0, 0, 0);
        toStrides = new IntPointer(width, (width + 1) / 2, (width + 1) / 2, 0);
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (scaler != null) {
            sws_freeContext(scaler);
            scaler = null;
            drawn.close();
            from.close();
            fromStrides.close();
            toStrides.close();
        }
        for (Picture picture : pictures.values()) {
            picture.planes().close();
            picture.bytes().close();
        }
        pictures.clear();
        fresh.clear();
    }
}
