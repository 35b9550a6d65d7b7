package cn.gov.lyg.enforcement.benchmark.application;

import java.time.LocalDate;

/** Filters of the application list. */
public record ApplicationFilter(String agencyCode, String caseId, String violationCode, Boolean deviation,
                                LocalDate from, LocalDate to) {
}
