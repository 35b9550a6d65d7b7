package cn.gov.lyg.enforcement.platform.identifier;

/**
 * Thrown by the {@code of(...)} factories of the identifier value objects when the input is rejected.
 * {@link #code()} is the stable error code (e.g. {@code USCC_CHECKSUM}); the message never contains the full input,
 * because identifiers such as citizen ID numbers are personal information.
 */
public class InvalidIdentifierException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String code;

  public InvalidIdentifierException(String code) {
    super(code);
    this.code = code;
  }

  /** The stable UPPER_SNAKE error code. */
  public String code() {
    return code;
  }
}
