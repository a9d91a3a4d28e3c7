package dev.perfsheriff.chat.card;

import dev.perfsheriff.chat.card.WorkflowFacts.PlatformPlan;
import dev.perfsheriff.chat.command.CommandPrefix;
import dev.perfsheriff.chat.message.Block.Paragraph;
import dev.perfsheriff.chat.message.ChatMessage;
import dev.perfsheriff.chat.message.Inline;
import dev.perfsheriff.ledger.QuotaStatus;
import dev.perfsheriff.ledger.ReservationResult;
import dev.perfsheriff.shared.Platform;
import dev.perfsheriff.workflow.domain.RetriggerPlan;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A round's plan as sheriffs see it before and after confirming: jobs per platform next to the
 * quota left, and a refusal that says which platform lacks how many jobs. Pure: the caller reads
 * {@code QuotaLedger.platformOf} and {@code QuotaLedger.remaining} and passes the answers in.
 */
public final class PlanPreviewText {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private PlanPreviewText() {}

  /**
   * The plan's jobs per quota platform, with what each has left.
   *
   * @param platformOf the quota platform of each machine platform of the plan
   * @param quota the quota status of each of those platforms now
   */
  public static List<PlatformPlan> perPlatform(
      RetriggerPlan plan, Map<String, Platform> platformOf, Map<Platform, QuotaStatus> quota) {
    Map<Platform, Integer> jobs = new TreeMap<>();
    plan.jobsPerMachinePlatform()
        .forEach((machine, count) -> jobs.merge(platformOf.get(machine), count, Integer::sum));
    List<PlatformPlan> plans = new ArrayList<>();
    jobs.forEach(
        (platform, count) ->
            plans.add(new PlatformPlan(platform, count, quota.get(platform).left())));
    return plans;
  }

  /** The preview reply: the plan's lines, its notes, and how to confirm it. */
  public static ChatMessage preview(
      RetriggerPlan plan, List<PlatformPlan> platforms, CommandPrefix prefix) {
    return preview(plan, platforms, prefix, "retrigger " + plan.summary() + " confirm");
  }

  /** The preview reply, confirmed with {@code confirmCommand} (e.g. a backfill's). */
  public static ChatMessage preview(
      RetriggerPlan plan,
      List<PlatformPlan> platforms,
      CommandPrefix prefix,
      String confirmCommand) {
    ChatMessage.Builder message =
        ChatMessage.builder()
            .line(
                "Round "
                    + plan.round()
                    + " of summary "
                    + plan.summary()
                    + ": "
                    + plan.totalJobs()
                    + " jobs.");
    message.bullets(
        platforms.stream()
            .map(
                p ->
                    paragraph(
                        p.platform()
                            + ": "
                            + p.jobs()
                            + " jobs, "
                            + p.quotaLeft()
                            + " left this shift"
                            + (p.fits() ? "" : " — does not fit")))
            .toList());
    plan.notes().forEach(message::line);
    if (platforms.stream().allMatch(PlatformPlan::fits)) {
      return message
          .endParagraph()
          .text("To trigger it: ")
          .code(prefix.shown(confirmCommand))
          .build();
    }
    return message
        .line("This plan exceeds the quota; unpick alerts or wait for the next shift.")
        .build();
  }

  /** Why the ledger refused, in numbers, and when the quota resets. */
  public static ChatMessage refusal(ReservationResult.Refused refused) {
    List<Paragraph> lines = new ArrayList<>();
    new TreeMap<>(refused.shortfalls())
        .forEach(
            (platform, shortfall) ->
                lines.add(
                    paragraph(
                        platform
                            + ": needs "
                            + shortfall.needed()
                            + " jobs, "
                            + shortfall.left()
                            + " left of "
                            + shortfall.cap())));
    return ChatMessage.builder()
        .line(
            "Not triggered: the quota of this shift ("
                + refused.shift().shift()
                + ") is too small.")
        .bullets(lines)
        .line("The quota resets at " + TIME.format(refused.shift().end()) + ".")
        .build();
  }

  private static Paragraph paragraph(String text) {
    return new Paragraph(List.of(new Inline.Text(text)));
  }
}
