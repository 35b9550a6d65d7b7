package cn.gov.lyg.enforcement.platform.identifier;

/** Kind of a GB/T 2260 (or statistical) region code. */
public enum RegionLevel {
  /** 省级, {@code xx0000}. */
  PROVINCE,
  /** 地级市, {@code xxxx00}. */
  CITY,
  /** 县级: district 市辖区, county 县, county-level city 县级市. */
  COUNTY,
  /** Statistical code used only in code tables, e.g. {@code 320701} 市辖区. */
  STATISTICAL,
  /** Functional zone with a statistical code (国家级开发区 ...), e.g. {@code 320771}; county level for data scope. */
  FUNCTIONAL_ZONE
}
