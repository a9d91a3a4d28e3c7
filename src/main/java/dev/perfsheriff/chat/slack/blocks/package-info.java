/**
 * Block Kit rendering: the summary card with its four buttons and contract metadata ({@link
 * dev.perfsheriff.chat.slack.blocks.CardBlocks}) and the cherry-pick modal with its submission
 * check ({@link dev.perfsheriff.chat.slack.blocks.CherryPickModal}). Pure functions, no I/O.
 */
package dev.perfsheriff.chat.slack.blocks;
