package cn.gov.lyg.enforcement.platform.identifier;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Immutable in-memory {@link LegacyCreditCodes}.
 *
 * <p>Text format: one code per line; blank lines and lines starting with {@code #} are ignored; anything after the
 * first white space of a line is a comment. Each code is normalised (trim, upper-case) and must be 18 characters of
 * the GB 32100 structure, otherwise loading fails: a typo in the whitelist must not go unnoticed.
 */
public final class InMemoryLegacyCreditCodes implements LegacyCreditCodes {

  private final Set<String> codes;

  private InMemoryLegacyCreditCodes(Set<String> codes) {
    this.codes = Set.copyOf(codes);
  }

  /** A whitelist of the given codes (normalised and checked for structure). */
  public static InMemoryLegacyCreditCodes of(Collection<String> codes) {
    Set<String> normalized = new LinkedHashSet<>();
    for (String code : codes) {
      normalized.add(checked(code, "argument"));
    }
    return new InMemoryLegacyCreditCodes(normalized);
  }

  /** Reads a whitelist file (UTF-8). */
  public static InMemoryLegacyCreditCodes load(URL url) {
    Objects.requireNonNull(url, "url");
    try (InputStream in = url.openStream()) {
      return load(in, url.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read legacy credit codes from " + url, e);
    }
  }

  /** Reads a whitelist from a stream (UTF-8); the stream is not closed. */
  public static InMemoryLegacyCreditCodes load(InputStream in, String sourceName) {
    Set<String> codes = new LinkedHashSet<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    try {
      String line;
      int lineNo = 0;
      while ((line = reader.readLine()) != null) {
        lineNo++;
        String text = line.strip();
        if (text.isEmpty() || text.startsWith("#")) {
          continue;
        }
        String code = text.split("\\s+", 2)[0];
        codes.add(checked(code, sourceName + ":" + lineNo));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read legacy credit codes from " + sourceName, e);
    }
    return new InMemoryLegacyCreditCodes(codes);
  }

  private static String checked(String code, String where) {
    String normalized = UnifiedSocialCreditCode.normalise(code);
    if (!UnifiedSocialCreditCode.PATTERN.matcher(normalized).matches()) {
      throw new IllegalArgumentException("not a GB 32100 structured code in legacy whitelist at " + where);
    }
    return normalized;
  }

  @Override
  public boolean contains(String normalizedCode) {
    return normalizedCode != null && codes.contains(UnifiedSocialCreditCode.normalise(normalizedCode));
  }

  /** The whitelisted codes. */
  public Set<String> codes() {
    return codes;
  }

  /** Lazy holder of the shipped whitelist. */
  static final class Default {
    static final InMemoryLegacyCreditCodes INSTANCE = load(ClasspathResources.get(DEFAULT_RESOURCE));

    private Default() {
    }
  }
}
