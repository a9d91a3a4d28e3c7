package dev.perfsheriff.chat.matrix.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The content of an {@code m.image} or {@code m.file} message (Client-Server API, "m.image" and
 * "m.file" msgtypes): {@code body} is the caption, {@code filename} the file's name, {@code url}
 * the {@code mxc://} URI returned by the media upload, {@code info} its type and size (and for
 * images width and height, so clients reserve the space before loading it).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FileContent(
    @JsonProperty("msgtype") String msgtype,
    @JsonProperty("body") String body,
    @JsonProperty("filename") String filename,
    @JsonProperty("url") String url,
    @JsonProperty("info") Info info,
    @JsonProperty("m.relates_to") RelatesTo relatesTo) {

  public static final String IMAGE = "m.image";
  public static final String FILE = "m.file";

  /** {@code info}: {@code w} and {@code h} only for images. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Info(
      @JsonProperty("mimetype") String mimetype,
      @JsonProperty("size") long size,
      @JsonProperty("w") Integer width,
      @JsonProperty("h") Integer height) {}

  public FileContent relatedTo(RelatesTo relation) {
    return new FileContent(msgtype, body, filename, url, info, relation);
  }
}
