package cn.gov.lyg.enforcement.supervision.caseregister;

import java.time.Instant;

/** A superseded report of a milestone, kept with the reason of its correction, who corrected it and when. */
public record MilestoneCorrection(Milestone superseded, String reason, String correctedBy, Instant correctedAt) {
}
