package dev.perfsheriff.ledger;

/** A machine platform that no configured pattern maps to a hardware pool family. */
public class UnknownPlatformException extends RuntimeException {

  private final String machinePlatform;

  public UnknownPlatformException(String machinePlatform) {
    super(
        "unknown platform '"
            + machinePlatform
            + "': no perfsheriff.quota.platforms pattern matches it, so its quota cannot be"
            + " counted");
    this.machinePlatform = machinePlatform;
  }

  public String machinePlatform() {
    return machinePlatform;
  }
}
