package dev.perfsheriff.chat.slack;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * Slack's Socket Mode end on 127.0.0.1: greets each connection with {@code hello}, lets the test
 * push envelopes, and records what the app sends back (the acks, by envelope id).
 */
final class FakeSocketMode extends WebSocketServer {

  final List<String> received = new CopyOnWriteArrayList<>();
  private final List<WebSocket> open = new CopyOnWriteArrayList<>();
  private final CountDownLatch started = new CountDownLatch(1);

  private FakeSocketMode() {
    super(new InetSocketAddress("127.0.0.1", 0));
    setReuseAddr(true);
  }

  static FakeSocketMode startNew() {
    FakeSocketMode server = new FakeSocketMode();
    server.start();
    try {
      if (!server.started.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("fake Socket Mode server did not start");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return server;
  }

  String url() {
    return "ws://127.0.0.1:" + getPort() + "/link";
  }

  boolean connected() {
    return !open.isEmpty();
  }

  /** Sends one envelope to every connected client. */
  void push(String envelopeJson) {
    open.forEach(socket -> socket.send(envelopeJson));
  }

  @Override
  public void onOpen(WebSocket socket, ClientHandshake handshake) {
    open.add(socket);
    socket.send(
        "{\"type\":\"hello\",\"num_connections\":1,"
            + "\"debug_info\":{\"host\":\"fake\",\"approximate_connection_time\":3600},"
            + "\"connection_info\":{\"app_id\":\"A1\"}}");
  }

  @Override
  public void onClose(WebSocket socket, int code, String reason, boolean remote) {
    open.remove(socket);
  }

  @Override
  public void onMessage(WebSocket socket, String message) {
    received.add(message);
  }

  @Override
  public void onError(WebSocket socket, Exception e) {
    // A client that goes away mid-test is not the test's subject.
  }

  @Override
  public void onStart() {
    started.countDown();
  }
}
