package dev.perfsheriff.taskcluster.execution;

import dev.perfsheriff.ledger.ReservationResult;
import java.util.stream.Collectors;

/** Sentences about quota refusals, with the numbers the protocol asks to show. */
final class QuotaText {

  private QuotaText() {}

  static String refusal(ReservationResult.Refused refused) {
    return "refused by quota: "
        + refused.shortfalls().entrySet().stream()
            .map(
                e ->
                    e.getKey()
                        + " needs "
                        + e.getValue().needed()
                        + " jobs but only "
                        + e.getValue().left()
                        + " of "
                        + e.getValue().cap()
                        + " are left this shift")
            .collect(Collectors.joining("; "));
  }
}
