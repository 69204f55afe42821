package org.activationlab.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.activationlab.plot.Axis;
import org.activationlab.plot.ColourScale;
import org.activationlab.plot.Figure;
import org.activationlab.plot.HeatMap;
import org.activationlab.plot.Panel;
import org.activationlab.plot.RenderOptions;
import org.activationlab.plot.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Heat maps and colour bars, drawn as images, reach the SVG as embedded PNG. */
class SvgRasterTest {

    @Test
    void aHeatMapWithAColourBarIsEmbeddedAsPng(@TempDir Path dir) throws Exception {
        double[] values = {0, 1, 2, 3};
        HeatMap map = new HeatMap(0, 1, 0, 1, 2, 2, values, ColourScale.VIRIDIS, 0, 3, true, Text.plain("value"));
        Figure figure = Figure.of(Axis.linear("x", 0, 1), Panel.builder(Axis.linear("y", 0, 1)).add(map).build());
        Path file = dir.resolve("heat.svg");
        SvgExporter.write(figure, file, 400, 300, RenderOptions.DEFAULT);
        String svg = Files.readString(file);
        Matcher images = Pattern.compile("data:image/png;base64,([A-Za-z0-9+/=\\s]+)").matcher(svg);
        List<BufferedImage> decoded = new java.util.ArrayList<>();
        while (images.find()) {
            decoded.add(ImageIO.read(new ByteArrayInputStream(Base64.getMimeDecoder().decode(images.group(1)))));
        }
        assertThat(decoded).hasSizeGreaterThanOrEqualTo(2);
        assertThat(decoded).allSatisfy(image -> assertThat(image.getWidth()).isPositive());
    }
}
