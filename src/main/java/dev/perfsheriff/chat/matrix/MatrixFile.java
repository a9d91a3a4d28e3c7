package dev.perfsheriff.chat.matrix;

import dev.perfsheriff.chat.matrix.client.FileContent;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * A file to share in the room; images become {@code m.image} with their size, others {@code
 * m.file}.
 */
public record MatrixFile(String filename, String mediaType, byte[] bytes, String caption) {

  FileContent content(String contentUri) {
    boolean image = mediaType.startsWith("image/");
    Integer width = null;
    Integer height = null;
    if (image) {
      BufferedImage decoded = decode();
      width = decoded.getWidth();
      height = decoded.getHeight();
    }
    return new FileContent(
        image ? FileContent.IMAGE : FileContent.FILE,
        caption,
        filename,
        contentUri,
        new FileContent.Info(mediaType, bytes.length, width, height),
        null);
  }

  private BufferedImage decode() {
    try {
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
      if (image == null) {
        throw new IllegalArgumentException(filename + " is not an image Java can read");
      }
      return image;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
