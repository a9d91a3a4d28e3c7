package dev.perfsheriff.chat.matrix.client;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The configured room as a room id: an alias ({@code #room:server}) is looked up once, on first
 * use, because filters and send paths need the id ({@code !abc:server}).
 */
public final class RoomAddress {

  private final MatrixClient client;
  private final String configured;
  private final AtomicReference<String> resolved = new AtomicReference<>();

  public RoomAddress(MatrixClient client, String configured) {
    this.client = client;
    this.configured = configured;
  }

  /** The room id; may call the homeserver (and throw {@link MatrixApiException}) the first time. */
  public String id() {
    String id = resolved.get();
    if (id == null) {
      id = client.resolveRoom(configured);
      resolved.compareAndSet(null, id);
    }
    return id;
  }
}
