package cn.gov.lyg.enforcement.platform.identifier;

/**
 * An outcome of an identifier check that has a stable UPPER_SNAKE code.
 *
 * <p>The code is part of the public API contract: it appears as {@code code} in RFC 9457 problems and as the key in
 * the {@code messages} bundle of this package. Never rename a constant.
 */
public interface IdentifierErrorCode {

  /** The stable code, identical to the enum constant's name. */
  String code();

  /** {@code true} when the identifier may be stored. */
  boolean accepted();
}
