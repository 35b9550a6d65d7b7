package cn.gov.lyg.enforcement.personnel.officer;

import cn.gov.lyg.enforcement.platform.identifier.CitizenIdNumber;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * Rules on an officer's data (DOMAIN.md §2.1.1, §2.1.3), pure:
 * <ul>
 *   <li>{@code STAFF_TYPE_NOT_ELIGIBLE}: contract and temporary workers (and auxiliary staff) are never officers;</li>
 *   <li>{@code EDUCATION_INSUFFICIENT}: education below the configured minimum (default high school);</li>
 *   <li>{@code LEGAL_REVIEWER_REQUIRES_QUALIFICATION}: designating a legal reviewer needs 法律职业资格
 *       (行政处罚法 Art. 58 §2: first-time reviewers); reviewers designated earlier keep the flag;</li>
 *   <li>{@code LEGAL_BACKGROUND_REQUIRES_DEGREE}: a legal background 法律专业背景 is a law degree or law major, so at
 *       least a junior-college education (大专);</li>
 *   <li>{@code GENDER_ID_MISMATCH}: a stated gender contradicts the ID number's 17th digit;</li>
 *   <li>{@code OFFICER_UNDER_AGE}: younger than 18 on registration.</li>
 * </ul>
 */
public final class OfficerRules {

    public static final int MINIMUM_AGE = 18;

    private OfficerRules() {
    }

    public static List<FieldViolation> checkProfile(OfficerProfile p, boolean wasLegalReviewer, Education minimum) {
        List<FieldViolation> errors = new ArrayList<>();
        if (p.staffType() != null && !p.staffType().eligible()) {
            errors.add(FieldViolation.of("staffType", "STAFF_TYPE_NOT_ELIGIBLE"));
        }
        if (p.education() != null && p.education().compareTo(minimum) < 0) {
            errors.add(FieldViolation.of("education", "EDUCATION_INSUFFICIENT"));
        }
        if (p.legalBackground() && p.education() != null && p.education().compareTo(Education.JUNIOR_COLLEGE) < 0) {
            errors.add(FieldViolation.of("legalBackground", "LEGAL_BACKGROUND_REQUIRES_DEGREE"));
        }
        if (p.legalReviewer() && !wasLegalReviewer && !p.legalProfessionQualified()) {
            errors.add(FieldViolation.of("legalReviewer", "LEGAL_REVIEWER_REQUIRES_QUALIFICATION"));
        }
        return errors;
    }

    public static List<FieldViolation> checkIdentity(CitizenIdNumber id, Gender gender, LocalDate today) {
        List<FieldViolation> errors = new ArrayList<>();
        if (gender != null && (gender == Gender.MALE) != id.male()) {
            errors.add(FieldViolation.of("gender", "GENDER_ID_MISMATCH"));
        }
        if (Period.between(id.birthDate(), today).getYears() < MINIMUM_AGE) {
            errors.add(FieldViolation.of("idCardNo", "OFFICER_UNDER_AGE"));
        }
        return errors;
    }

    public static Gender genderOf(CitizenIdNumber id) {
        return id.male() ? Gender.MALE : Gender.FEMALE;
    }
}
