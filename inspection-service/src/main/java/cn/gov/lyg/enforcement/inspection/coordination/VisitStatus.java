package cn.gov.lyg.enforcement.inspection.coordination;

/**
 * What coordination asks about the inspection behind a visit of the register (the inspection feature answers from
 * its own store): whether it is open (planned or in progress), closed, or missing — a visit reserved by a planning
 * that did not get to save its inspection (a crash between the two writes).
 */
@FunctionalInterface
public interface VisitStatus {

    /** The state of an inspection behind a visit. */
    enum State { OPEN, CLOSED, MISSING }

    State of(String inspectionId);
}
