package org.activationlab.export;

import java.awt.image.RenderedImage;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.batik.svggen.ImageHandlerBase64Encoder;
import org.apache.batik.svggen.SVGGraphics2DIOException;

/**
 * Embeds the raster parts of a figure (heat maps, colour bars) in the SVG as base64 PNG data
 * URIs, encoded with {@link PngEncoding}. Batik's own handler looks up a PNG writer in
 * batik-codec, which is not on the class path, and fails with a NullPointerException.
 */
final class PngDataUriHandler extends ImageHandlerBase64Encoder {
    @Override
    public void encodeImage(RenderedImage image, OutputStream out) throws SVGGraphics2DIOException {
        try {
            PngEncoding.write(image, out);
        } catch (IOException e) {
            throw new SVGGraphics2DIOException(e);
        }
    }
}
