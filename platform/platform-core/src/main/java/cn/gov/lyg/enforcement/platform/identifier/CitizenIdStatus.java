package cn.gov.lyg.enforcement.platform.identifier;

/** Outcome of {@link CitizenIdNumber#validate(String, java.time.LocalDate)}. */
public enum CitizenIdStatus implements IdentifierErrorCode {

  /** Well-formed, real past birth date, check character matches. */
  VALID(true),
  /** Not exactly 18 characters after normalisation. */
  ID_CARD_LENGTH(false),
  /** Not 17 digits + digit/X, or the first six digits are not a plausible region code. */
  ID_CARD_FORMAT(false),
  /** Positions 7–14 are not a real date, are before 1900-01-01, or lie in the future. */
  ID_CARD_BIRTH_DATE(false),
  /** The 18th character is not the computed check character. */
  ID_CARD_CHECKSUM(false);

  private final boolean accepted;

  CitizenIdStatus(boolean accepted) {
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
