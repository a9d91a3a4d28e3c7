/**
 * The offline demo ({@code perfsheriff.demo=true}): recorded Treeherder responses (the fixture
 * files bundled under {@code classpath:demo/}) served by an in-process stand-in of Treeherder and
 * of Taskcluster's anonymous reads, on a loopback port. The rest of the bot does not know it: its
 * clients are pointed at the stand-in by {@link dev.perfsheriff.demo.DemoEnvironment}, so the demo
 * exercises the real poller, workflow, ledger and dry-run executor. Nothing here is used by another
 * module except {@link dev.perfsheriff.demo.DemoProperties}, which says whether the bot is a demo.
 */
package dev.perfsheriff.demo;
