package dev.perfsheriff.chat.slack.outbound;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.request.files.FilesCompleteUploadExternalRequest;
import com.slack.api.methods.request.files.FilesGetUploadURLExternalRequest;
import dev.perfsheriff.chat.slack.SlackEnabled;
import dev.perfsheriff.http.HttpClients;
import dev.perfsheriff.shared.SummaryId;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Puts an image (a graph, a chart) into a summary's thread with Slack's current upload flow: {@code
 * files.getUploadURLExternal}, a POST of the bytes to the returned URL, then {@code
 * files.completeUploadExternal} with the channel and thread.
 */
@Component
@Conditional(SlackEnabled.class)
public class SlackImages {

  private static final Logger log = LoggerFactory.getLogger(SlackImages.class);
  private static final MediaType PNG = MediaType.get("image/png");

  private final MethodsClient methods;
  private final SlackOutbox outbox;
  // An upload of a chart is a few hundred kilobytes: generous, but bounded, timeouts.
  private final OkHttpClient http =
      HttpClients.client(Duration.ofSeconds(10), Duration.ofSeconds(60));

  SlackImages(MethodsClient methods, SlackOutbox outbox) {
    this.methods = methods;
    this.outbox = outbox;
  }

  /**
   * Uploads a PNG into the card's thread; false when the card is not posted yet or Slack refused.
   */
  public boolean uploadToThread(
      SummaryId summaryId, String filename, byte[] png, String title, String comment) {
    var threadTs = outbox.cardTs(summaryId);
    if (threadTs.isEmpty()) {
      log.warn("No image for summary {}: its card is not in Slack yet", summaryId);
      return false;
    }
    try {
      var target =
          methods.filesGetUploadURLExternal(
              FilesGetUploadURLExternalRequest.builder()
                  .filename(filename)
                  .length(png.length)
                  .build());
      if (!target.isOk()) {
        log.warn("Slack refused files.getUploadURLExternal: {}", target.getError());
        return false;
      }
      upload(target.getUploadUrl(), filename, png);
      var done =
          methods.filesCompleteUploadExternal(
              FilesCompleteUploadExternalRequest.builder()
                  .files(
                      List.of(
                          FilesCompleteUploadExternalRequest.FileDetails.builder()
                              .id(target.getFileId())
                              .title(title)
                              .build()))
                  .channelId(outbox.channel())
                  .threadTs(threadTs.get())
                  .initialComment(comment)
                  .build());
      if (!done.isOk()) {
        log.warn("Slack refused files.completeUploadExternal: {}", done.getError());
      }
      return done.isOk();
    } catch (IOException | SlackApiException e) {
      log.warn("Image upload to Slack failed: {}", e.toString());
      return false;
    }
  }

  private void upload(String url, String filename, byte[] png) throws IOException {
    Request request = new Request.Builder().url(url).post(RequestBody.create(png, PNG)).build();
    try (Response response = http.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw new IOException("upload of " + filename + " answered HTTP " + response.code());
      }
    }
  }
}
