package dev.perfsheriff.chat.port;

import java.util.Objects;

/**
 * A file the bot shares: a chart (PNG) or a report (CSV).
 *
 * @param mediaType e.g. {@code image/png}; images are shown inline where the platform can
 * @param title shown with the file (Slack's file title, Matrix's {@code body})
 */
public record ChatFile(String filename, String mediaType, byte[] bytes, String title) {

  public ChatFile {
    Objects.requireNonNull(filename, "filename");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(bytes, "bytes");
    title = title == null ? filename : title;
  }

  public static ChatFile png(String filename, byte[] bytes, String title) {
    return new ChatFile(filename, "image/png", bytes, title);
  }

  public boolean isImage() {
    return mediaType.startsWith("image/");
  }
}
