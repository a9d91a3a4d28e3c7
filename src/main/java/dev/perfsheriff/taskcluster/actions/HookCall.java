package dev.perfsheriff.taskcluster.actions;

import java.net.URI;

/**
 * One hook trigger, exactly as it is (or would be, in dry-run) sent: what a sheriff is shown.
 *
 * @param apiPath the path under {@code /api/}, with each path part URL-encoded
 * @param body the rendered hook payload, compact JSON
 */
public record HookCall(
    String actionName,
    String hookGroupId,
    String hookId,
    String method,
    URI url,
    String apiPath,
    String body) {

  /** {@code POST https://.../trigger} followed by the body: for a chat code block. */
  public String describe() {
    return method + " " + url + "\n" + body;
  }
}
