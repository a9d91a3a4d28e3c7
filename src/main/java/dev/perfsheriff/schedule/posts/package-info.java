/**
 * What the scheduled runs post, recorded before it is sent: one row per platform and part, claimed
 * before posting, marked after, retried with back-off when a platform fails; a repeated run adds
 * nothing. Delivered through the chat port's {@code ChannelPosting} of every platform.
 */
package dev.perfsheriff.schedule.posts;
