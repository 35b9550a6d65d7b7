package cn.gov.lyg.enforcement.supervision.supervisor;

import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * Special supervisors 特邀行政执法监督员 (DOMAIN.md §2.5.7, [SRC Anhui 2024] defaults as data): age 18–55 on the day
 * of appointment, no criminal or administrative penalty, disciplinary sanction or serious dishonesty record, optionally
 * no state-organ staff; a term of 5 years from the appointment; assignments only while appointed and inside the term,
 * never to material of an agency the supervisor declared a conflict with.
 */
public final class SupervisorRules {

    /** The configurable numbers. */
    public record Settings(int minAge, int maxAge, int termYears, boolean excludeStateOrganStaff) {
    }

    /** What the candidate declared and the bureau verified. */
    public record Records(boolean criminalRecord, boolean administrativePenalty, boolean disciplinarySanction,
                          boolean seriousDishonesty, boolean stateOrganStaff) {
    }

    private SupervisorRules() {
    }

    public static int age(LocalDate birthDate, LocalDate on) {
        return Period.between(birthDate, on).getYears();
    }

    public static List<FieldViolation> eligibility(LocalDate birthDate, LocalDate appointedOn, Records records,
                                                   Settings settings) {
        List<FieldViolation> errors = new ArrayList<>();
        int age = age(birthDate, appointedOn);
        if (age < settings.minAge() || age > settings.maxAge()) {
            errors.add(FieldViolation.of("idCardNo", "SUPERVISOR_AGE"));
        }
        if (records.criminalRecord() || records.administrativePenalty() || records.disciplinarySanction()
                || records.seriousDishonesty()) {
            errors.add(FieldViolation.of("records", "SUPERVISOR_RECORD"));
        }
        if (settings.excludeStateOrganStaff() && records.stateOrganStaff()) {
            errors.add(FieldViolation.of("records.stateOrganStaff", "SUPERVISOR_STATE_ORGAN_STAFF"));
        }
        return errors;
    }

    /** The last day of a term that starts on {@code from}. */
    public static LocalDate termEnd(LocalDate from, int years) {
        return from.plusYears(years).minusDays(1);
    }
}
