package cn.gov.lyg.enforcement.platform.identifier;

/** Outcome of {@link RegionCodes#validateForNewRecord(String, String)} and the historical variant. */
public enum RegionStatus implements IdentifierErrorCode {

  /** Known, in scope, and in force (or obsolete on a historical record). */
  VALID(true),
  /** Not exactly 6 digits. */
  REGION_FORMAT(false),
  /** 6 digits, but not on the maintained GB/T 2260 list (e.g. {@code 320799}). */
  REGION_UNKNOWN(false),
  /** Abolished code (e.g. {@code 320705} 新浦区, 2014) used on a new record. */
  REGION_OBSOLETE(false),
  /** Known code outside the caller's scope prefix (e.g. Suzhou {@code 320506} for a Lianyungang record). */
  REGION_OUT_OF_SCOPE(false);

  private final boolean accepted;

  RegionStatus(boolean accepted) {
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
