package dev.perfsheriff.chat.matrix;

import java.util.Arrays;
import java.util.Optional;

/**
 * The card actions as reactions (Matrix has no buttons). The bot seeds the keys of the card's
 * actions on it (the code sheriff's four, then the perf sheriff's five once handed off), so a
 * sheriff just clicks one. Keys carry the emoji presentation selector (U+FE0F) where Unicode allows
 * one, as the spec asks; incoming keys match with or without it.
 */
public enum CardAction {
  /** ⬇️ mark the summary downstream of another. */
  DOWNSTREAM("downstream", "\u2B07\uFE0F", "downstream"),
  /** 🍒 pick the alerts to retrigger. */
  CHERRY_PICK("cherry_pick", "\uD83C\uDF52", "cherry-pick"),
  /** 🔁 plan (preview) the retriggers and backfills. */
  RETRIGGER("retrigger", "\uD83D\uDD01", "retrigger"),
  /** 🤝 hand off to the perf sheriff on duty. */
  HANDOFF("handoff", "\uD83E\uDD1D", "hand off"),
  /** 🐛 decide needs_bug. */
  NEEDS_BUG("needs_bug", "\uD83D\uDC1B", "needs bug"),
  /** 📊 decide needs_data. */
  NEEDS_DATA("needs_data", "\uD83D\uDCCA", "needs data"),
  /** 🔗 link a bug (asks for its number). */
  LINK_BUG("link_bug", "\uD83D\uDD17", "link bug"),
  /** 📝 file the regression bug. */
  FILE_BUG("file_bug", "\uD83D\uDCDD", "file bug"),
  /** ❌ decide invalid. */
  INVALID("invalid", "\u274C", "invalid");

  private static final String VARIATION_SELECTOR = "\uFE0F";

  private final String id;
  private final String key;
  private final String label;

  CardAction(String id, String key, String label) {
    this.id = id;
    this.key = key;
    this.label = label;
  }

  /** The action id shared with every platform (the Slack button's {@code action_id}). */
  public String id() {
    return id;
  }

  /** The reaction key the bot seeds. */
  public String key() {
    return key;
  }

  public String label() {
    return label;
  }

  /** The reaction of a card action id; empty for ids without one. */
  public static Optional<CardAction> ofId(String actionId) {
    return Arrays.stream(values()).filter(action -> action.id.equals(actionId)).findFirst();
  }

  /** The action a reaction key stands for; empty for any other key. */
  public static Optional<CardAction> ofKey(String reactionKey) {
    if (reactionKey == null) {
      return Optional.empty();
    }
    String bare = reactionKey.replace(VARIATION_SELECTOR, "");
    return Arrays.stream(values())
        .filter(action -> action.key.replace(VARIATION_SELECTOR, "").equals(bare))
        .findFirst();
  }
}
