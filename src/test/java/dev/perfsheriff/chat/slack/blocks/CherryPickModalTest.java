package dev.perfsheriff.chat.slack.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import dev.perfsheriff.shared.AlertId;
import dev.perfsheriff.shared.SummaryId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The modal carries its own context and refuses exactly the submissions over the limit. */
class CherryPickModalTest {

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89})
  void aSubmissionIsRefusedExactlyWhenEmptyOrOverTheLimit(long seed) {
    Random random = new Random(seed);
    for (int round = 0; round < 50; round++) {
      int alerts = 1 + random.nextInt(30);
      int max = 1 + random.nextInt(8);
      List<CherryPickChoice> choices = new ArrayList<>();
      for (int i = 1; i <= alerts; i++) {
        choices.add(new CherryPickChoice(AlertId.of(i), "alert " + i, random.nextBoolean()));
      }
      var request = new CherryPickRequest(SummaryId.of(seed), choices, max, "C1", "1.2");
      View opened = CherryPickModal.modal(request);
      int picked = random.nextInt(alerts + 1);

      var submission = CherryPickModal.read(submitted(opened, picked));

      String context = "seed " + seed + " round " + round;
      assertThat(submission.picked()).as(context).hasSize(picked);
      assertThat(submission.error().isPresent()).as(context).isEqualTo(picked == 0 || picked > max);
      assertThat(submission.context().summaryId()).as(context).isEqualTo(SummaryId.of(seed));
      assertThat(submission.context().channelId()).as(context).isEqualTo("C1");
      assertThat(submission.context().threadTs()).as(context).isEqualTo("1.2");
    }
  }

  /** What Slack sends back: the opened view plus the state of its multi-select. */
  private static View submitted(View opened, int picked) {
    ViewState.Value value = new ViewState.Value();
    value.setType("multi_static_select");
    value.setSelectedOptions(
        IntStream.rangeClosed(1, picked)
            .mapToObj(
                i -> {
                  ViewState.SelectedOption option = new ViewState.SelectedOption();
                  option.setValue(Long.toString(i));
                  return option;
                })
            .toList());
    ViewState state = new ViewState();
    state.setValues(Map.of(CherryPickModal.BLOCK_ID, Map.of(CherryPickModal.ACTION_ID, value)));
    opened.setState(state);
    return opened;
  }
}
