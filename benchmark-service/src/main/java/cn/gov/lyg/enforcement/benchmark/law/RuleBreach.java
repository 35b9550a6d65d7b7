package cn.gov.lyg.enforcement.benchmark.law;

/** A rule broken by a request or a document: stable UPPER_SNAKE code, the legal source, and a detail for people. */
public record RuleBreach(String code, Citation citation, String detail) {
}
