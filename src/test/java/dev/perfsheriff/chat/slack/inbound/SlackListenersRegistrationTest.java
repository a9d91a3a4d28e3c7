package dev.perfsheriff.chat.slack.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import dev.perfsheriff.chat.ActionId;
import dev.perfsheriff.chat.slack.RecordingSlackInbound;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every button of the chat contract has a Slack listener: none can be clicked into the void. */
class SlackListenersRegistrationTest {

  @Test
  void everyChatActionIdHasABlockActionListener() {
    RecordingApp app = new RecordingApp();

    new SlackListeners(app, new RecordingSlackInbound(), new InboundHandoff(null, null));

    assertThat(app.blockActions)
        .containsAll(Arrays.stream(ActionId.values()).map(ActionId::id).toList());
  }

  /** Bolt keeps its handlers private; this app records the ids it is asked to listen to. */
  private static final class RecordingApp extends App {

    final List<String> blockActions = new ArrayList<>();

    RecordingApp() {
      super(AppConfig.builder().signingSecret("unused").build());
    }

    @Override
    public App blockAction(String actionId, BlockActionHandler handler) {
      blockActions.add(actionId);
      return super.blockAction(actionId, handler);
    }
  }
}
