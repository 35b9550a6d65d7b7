package cn.gov.lyg.enforcement.supervision.complaint;

import java.time.Instant;

/** 督办: a supervisor urges the handling unit. */
public record Urge(Instant at, String by, String note) {
}
