package cn.gov.lyg.enforcement.benchmark.recommendation;

import java.time.LocalDate;

/** A provision repealed (立改废 REPEALED) with effect from {@code effectiveDate}. */
public record RepealedProvision(String lawName, String article, LocalDate effectiveDate) {
}
