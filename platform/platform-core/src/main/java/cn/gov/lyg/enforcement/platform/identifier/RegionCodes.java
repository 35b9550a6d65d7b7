package cn.gov.lyg.enforcement.platform.identifier;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The maintained list of 行政区划代码 (GB/T 2260, plus the statistical codes of 统计用区划代码 for 市辖区 and
 * functional zones), and the region hierarchy used for data scope.
 *
 * <p>Rules (DOMAIN.md §2.0.1): a region code is 6 digits, must be on the list and, for Lianyungang data, start with
 * {@code 3207}. Abolished codes ({@code 320705} 新浦区 merged into 海州区 {@code 320706}; {@code 320721} 赣榆县 became
 * 赣榆区 {@code 320707}; both 2014) are accepted only on historical records.
 *
 * <p>Data: CSV {@code code,name,level,parentCode,obsoleteSince,replacedBy} (UTF-8, {@code #} comments, optional header
 * line). {@link #defaultCodes()} reads the list shipped at {@value #DEFAULT_RESOURCE}; a service can load the complete
 * official file with {@link #load(List)}. Instances are immutable.
 */
public final class RegionCodes {

  /** Classpath location of the shipped list. */
  public static final String DEFAULT_RESOURCE = "cn/gov/lyg/enforcement/platform/identifier/gb2260-jiangsu.csv";

  private static final String HEADER = "code,name,level,parentCode,obsoleteSince,replacedBy";

  private final Map<String, Region> regions;

  private RegionCodes(Map<String, Region> regions) {
    this.regions = Map.copyOf(regions);
  }

  /** The list shipped with the platform, loaded once. */
  public static RegionCodes defaultCodes() {
    return Default.INSTANCE;
  }

  /**
   * A list of the given entries. Codes must be unique; every parent and replacement must be on the list.
   *
   * @throws IllegalArgumentException on duplicates or dangling references
   */
  public static RegionCodes of(Collection<Region> entries) {
    Map<String, Region> map = new LinkedHashMap<>();
    for (Region r : entries) {
      if (map.putIfAbsent(r.code(), r) != null) {
        throw new IllegalArgumentException("duplicate region code " + r.code());
      }
    }
    for (Region r : map.values()) {
      if (r.parentCode() != null && !map.containsKey(r.parentCode())) {
        throw new IllegalArgumentException("unknown parent " + r.parentCode() + " of " + r.code());
      }
      if (r.replacedBy() != null && !map.containsKey(r.replacedBy())) {
        throw new IllegalArgumentException("unknown replacement " + r.replacedBy() + " of " + r.code());
      }
    }
    return new RegionCodes(map);
  }

  /** Reads and merges several CSV files (a code may appear in only one of them). */
  public static RegionCodes load(List<URL> urls) {
    Map<String, Region> all = new LinkedHashMap<>();
    for (URL url : urls) {
      try (InputStream in = url.openStream()) {
        for (Region r : parse(in, url.toString())) {
          if (all.putIfAbsent(r.code(), r) != null) {
            throw new IllegalArgumentException("duplicate region code " + r.code() + " in " + url);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read region codes from " + url, e);
      }
    }
    return of(all.values());
  }

  /** Reads one CSV stream (UTF-8); the stream is not closed. */
  public static RegionCodes load(InputStream in, String sourceName) {
    return of(parse(in, sourceName));
  }

  private static List<Region> parse(InputStream in, String sourceName) {
    List<Region> list = new ArrayList<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    try {
      String line;
      int lineNo = 0;
      while ((line = reader.readLine()) != null) {
        lineNo++;
        String text = line.strip();
        if (text.isEmpty() || text.startsWith("#") || text.equals(HEADER)) {
          continue;
        }
        try {
          list.add(parseLine(text));
        } catch (RuntimeException e) {
          throw new IllegalArgumentException("bad region line " + sourceName + ":" + lineNo + ": " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read region codes from " + sourceName, e);
    }
    return list;
  }

  private static Region parseLine(String text) {
    String[] f = text.split(",", -1);
    if (f.length != 6) {
      throw new IllegalArgumentException("expected 6 fields, got " + f.length);
    }
    return new Region(
        f[0].strip(),
        f[1].strip(),
        RegionLevel.valueOf(f[2].strip()),
        emptyToNull(f[3]),
        Optional.ofNullable(emptyToNull(f[4])).map(Year::parse).orElse(null),
        emptyToNull(f[5]));
  }

  private static String emptyToNull(String s) {
    String t = s.strip();
    return t.isEmpty() ? null : t;
  }

  /** {@code true} when the string is exactly 6 ASCII digits. */
  public static boolean isWellFormed(String code) {
    if (code == null || code.length() != 6) {
      return false;
    }
    for (int i = 0; i < 6; i++) {
      char c = code.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** The entry for a code, empty when unknown or malformed. */
  public Optional<Region> lookup(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(regions.get(code));
  }

  /** All entries. */
  public Collection<Region> all() {
    return regions.values();
  }

  /**
   * Validates a region code for a new (or changed) record: {@code REGION_FORMAT}, {@code REGION_UNKNOWN},
   * {@code REGION_OUT_OF_SCOPE}, {@code REGION_OBSOLETE}, checked in that order.
   *
   * @param code the code
   * @param scopePrefix the required prefix (e.g. {@code 3207} for Lianyungang data); {@code null} or empty for none
   */
  public RegionValidation validateForNewRecord(String code, String scopePrefix) {
    return validate(code, scopePrefix, false);
  }

  /**
   * Validates a region code on a historical record: like {@link #validateForNewRecord(String, String)}, but abolished
   * codes are accepted. An abolished code is in scope when it or its replacement starts with the prefix.
   */
  public RegionValidation validateForHistoricalRecord(String code, String scopePrefix) {
    return validate(code, scopePrefix, true);
  }

  /** Same as the new/historical variants, chosen by {@code allowObsolete}. */
  public RegionValidation validate(String code, String scopePrefix, boolean allowObsolete) {
    String prefix = checkedPrefix(scopePrefix);
    if (!isWellFormed(code)) {
      return new RegionValidation(code, RegionStatus.REGION_FORMAT, null);
    }
    Region region = regions.get(code);
    if (region == null) {
      return new RegionValidation(code, RegionStatus.REGION_UNKNOWN, null);
    }
    if (!inScope(region, prefix, allowObsolete)) {
      return new RegionValidation(code, RegionStatus.REGION_OUT_OF_SCOPE, region);
    }
    if (region.obsolete() && !allowObsolete) {
      return new RegionValidation(code, RegionStatus.REGION_OBSOLETE, region);
    }
    return new RegionValidation(code, RegionStatus.VALID, region);
  }

  private boolean inScope(Region region, String prefix, boolean followReplacement) {
    if (prefix.isEmpty() || region.code().startsWith(prefix)) {
      return true;
    }
    return followReplacement && current(region.code()).code().startsWith(prefix);
  }

  private static String checkedPrefix(String scopePrefix) {
    if (scopePrefix == null || scopePrefix.isEmpty()) {
      return "";
    }
    if (scopePrefix.length() > 6 || !scopePrefix.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalArgumentException("scope prefix must be 1 to 6 digits: " + scopePrefix);
    }
    return scopePrefix;
  }

  /**
   * The region in force for a code: the code itself, or for an abolished code the end of its {@code replacedBy}
   * chain. Abolished codes without successor resolve to themselves.
   *
   * @throws IllegalArgumentException when the code is not on the list
   */
  public Region current(String code) {
    Region region = regions.get(code);
    if (region == null) {
      throw new IllegalArgumentException("unknown region code " + code);
    }
    Set<String> seen = new HashSet<>();
    while (region.replacedBy() != null && seen.add(region.code())) {
      region = regions.get(region.replacedBy());
    }
    return region;
  }

  /**
   * The region hierarchy used for data scope: whether a user scoped to {@code scopeRegion} may see data of
   * {@code region}.
   * <ul>
   *   <li>a province code {@code xx0000} covers every {@code xx....};</li>
   *   <li>a city code {@code xxxx00} covers every {@code xxxx..}, itself included (市辖区, functional zones too);</li>
   *   <li>any other (county-level) code covers only itself;</li>
   *   <li>an abolished code is also covered by the scope of its replacement (海州区 {@code 320706} covers
   *       新浦区 {@code 320705}).</li>
   * </ul>
   * The hierarchy follows the structure of GB/T 2260 codes; a malformed code on either side is never covered.
   */
  public boolean covers(String scopeRegion, String region) {
    if (!isWellFormed(scopeRegion) || !isWellFormed(region)) {
      return false;
    }
    if (structurallyCovers(scopeRegion, region)) {
      return true;
    }
    return regions.containsKey(region) && structurallyCovers(scopeRegion, current(region).code());
  }

  private static boolean structurallyCovers(String scope, String region) {
    if (scope.endsWith("0000")) {
      return region.startsWith(scope.substring(0, 2));
    }
    if (scope.endsWith("00")) {
      return region.startsWith(scope.substring(0, 4));
    }
    return scope.equals(region);
  }

  /** Lazy holder of the shipped list. */
  private static final class Default {
    static final RegionCodes INSTANCE = load(List.of(ClasspathResources.get(DEFAULT_RESOURCE)));

    private Default() {
    }
  }

  @Override
  public String toString() {
    return "RegionCodes[" + regions.size() + " codes]";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RegionCodes other && regions.equals(other.regions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(regions);
  }
}
