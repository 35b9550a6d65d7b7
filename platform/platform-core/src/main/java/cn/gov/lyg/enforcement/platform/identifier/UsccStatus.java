package cn.gov.lyg.enforcement.platform.identifier;

/** Outcome of {@link UnifiedSocialCreditCode#validate(String, LegacyCreditCodes)}. */
public enum UsccStatus implements IdentifierErrorCode {

  /** Well-formed and the GB 32100-2015 check character matches. */
  VALID(true),
  /** Fails the check character, but is on the admin-maintained legacy whitelist (early pilot-area codes). */
  LEGACY_CODE(true),
  /** Not exactly 18 characters after normalisation. */
  USCC_LENGTH(false),
  /** 18 characters, but outside the alphabet or the structure (e.g. contains I, O, S, V, Z; non-digit region). */
  USCC_FORMAT(false),
  /** Well-formed, but the 18th character is not the computed check character. */
  USCC_CHECKSUM(false);

  private final boolean accepted;

  UsccStatus(boolean accepted) {
    this.accepted = accepted;
  }

  @Override
  public String code() {
    return name();
  }

  @Override
  public boolean accepted() {
    return accepted;
  }
}
