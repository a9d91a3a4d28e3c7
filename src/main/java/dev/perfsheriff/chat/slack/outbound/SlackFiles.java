package dev.perfsheriff.chat.slack.outbound;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.request.files.FilesCompleteUploadExternalRequest;
import com.slack.api.methods.request.files.FilesGetUploadURLExternalRequest;
import dev.perfsheriff.chat.slack.SlackEnabled;
import dev.perfsheriff.http.HttpClients;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Shares a file (a chart, a CSV) in the sheriffs' channel or a card's thread with Slack's upload
 * flow (docs.slack.dev, files.getUploadURLExternal / files.completeUploadExternal): ask for an
 * upload URL for the file's name and length, POST the bytes there, then complete the upload with
 * {@code channel_id} and, for a thread, the card's {@code thread_ts}.
 */
@Component
@Conditional(SlackEnabled.class)
public class SlackFiles {

  private final MethodsClient methods;
  // An upload of a chart is a few hundred kilobytes: generous, but bounded, timeouts.
  private final OkHttpClient http =
      HttpClients.client(Duration.ofSeconds(10), Duration.ofSeconds(60));

  SlackFiles(MethodsClient methods) {
    this.methods = methods;
  }

  /**
   * Uploads and shares the file.
   *
   * @param threadTs the card's ts for a thread, or null for the channel itself
   * @throws SlackFileException when Slack refuses a step or cannot be reached
   */
  public void share(
      String channel,
      String threadTs,
      String filename,
      String mediaType,
      byte[] bytes,
      String title,
      String comment) {
    try {
      var target =
          methods.filesGetUploadURLExternal(
              FilesGetUploadURLExternalRequest.builder()
                  .filename(filename)
                  .length(bytes.length)
                  .build());
      if (!target.isOk()) {
        throw new SlackFileException("files.getUploadURLExternal: " + target.getError());
      }
      upload(target.getUploadUrl(), filename, mediaType, bytes);
      var done =
          methods.filesCompleteUploadExternal(
              FilesCompleteUploadExternalRequest.builder()
                  .files(
                      List.of(
                          FilesCompleteUploadExternalRequest.FileDetails.builder()
                              .id(target.getFileId())
                              .title(title)
                              .build()))
                  .channelId(channel)
                  .threadTs(threadTs)
                  .initialComment(comment)
                  .build());
      if (!done.isOk()) {
        throw new SlackFileException("files.completeUploadExternal: " + done.getError());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("upload of " + filename + " to Slack failed", e);
    } catch (SlackApiException e) {
      throw new SlackFileException("Slack answered HTTP " + e.getResponse().code());
    }
  }

  private void upload(String url, String filename, String mediaType, byte[] bytes)
      throws IOException {
    Request request =
        new Request.Builder()
            .url(url)
            .post(RequestBody.create(bytes, MediaType.get(mediaType)))
            .build();
    try (Response response = http.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw new IOException("upload of " + filename + " answered HTTP " + response.code());
      }
    }
  }

  /** Slack refused a step of the upload. */
  public static final class SlackFileException extends RuntimeException {
    SlackFileException(String message) {
      super("Slack refused the file: " + message);
    }
  }
}
