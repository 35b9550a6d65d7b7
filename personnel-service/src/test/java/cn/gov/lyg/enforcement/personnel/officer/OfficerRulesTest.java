package cn.gov.lyg.enforcement.personnel.officer;

import static cn.gov.lyg.enforcement.personnel.Fixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.lyg.enforcement.platform.identifier.CitizenIdNumber;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OfficerRulesTest {

    static OfficerProfile profile(StaffType type, Education education, boolean qualified, boolean reviewer) {
        return new OfficerProfile("李晓雯", null, type, "科员", education, qualified, reviewer, false, null, null);
    }

    static List<String> codes(List<FieldViolation> violations) {
        return violations.stream().map(FieldViolation::code).toList();
    }

    @ParameterizedTest
    @EnumSource(value = StaffType.class, names = {"CONTRACT_WORKER", "TEMPORARY_WORKER", "AUXILIARY"})
    void contractTemporaryAndAuxiliaryStaffAreNeverOfficers(StaffType type) {
        assertThat(codes(OfficerRules.checkProfile(profile(type, Education.BACHELOR, false, false), false,
                Education.HIGH_SCHOOL))).containsExactly("STAFF_TYPE_NOT_ELIGIBLE");
    }

    @ParameterizedTest
    @EnumSource(value = StaffType.class, names = {"CIVIL_SERVANT", "PUBLIC_INSTITUTION_STAFF"})
    void civilServantsAndPublicInstitutionStaffAre(StaffType type) {
        assertThat(OfficerRules.checkProfile(profile(type, Education.HIGH_SCHOOL, false, false), false,
                Education.HIGH_SCHOOL)).isEmpty();
    }

    @Test
    void educationBelowTheConfiguredMinimumIsRejected() {
        assertThat(codes(OfficerRules.checkProfile(profile(StaffType.CIVIL_SERVANT, Education.BELOW_HIGH_SCHOOL,
                false, false), false, Education.HIGH_SCHOOL))).containsExactly("EDUCATION_INSUFFICIENT");
        assertThat(codes(OfficerRules.checkProfile(profile(StaffType.CIVIL_SERVANT, Education.HIGH_SCHOOL,
                false, false), false, Education.JUNIOR_COLLEGE))).containsExactly("EDUCATION_INSUFFICIENT");
    }

    @Test
    void newLegalReviewersNeedTheLegalProfessionQualification() {
        assertThat(codes(OfficerRules.checkProfile(profile(StaffType.CIVIL_SERVANT, Education.BACHELOR, false, true),
                false, Education.HIGH_SCHOOL))).containsExactly("LEGAL_REVIEWER_REQUIRES_QUALIFICATION");
        assertThat(OfficerRules.checkProfile(profile(StaffType.CIVIL_SERVANT, Education.BACHELOR, true, true),
                false, Education.HIGH_SCHOOL)).isEmpty();
        // designated before: keeps the flag
        assertThat(OfficerRules.checkProfile(profile(StaffType.CIVIL_SERVANT, Education.BACHELOR, false, true),
                true, Education.HIGH_SCHOOL)).isEmpty();
    }

    @Test
    void genderFollowsTheSeventeenthDigitAndOfficersAreAdults() {
        CitizenIdNumber male = CitizenIdNumber.validate("320706198503120416", TODAY).parsed().orElseThrow();
        CitizenIdNumber female = CitizenIdNumber.validate(cn.gov.lyg.enforcement.personnel.TestIds.citizenId("320706", "19960214", false), TODAY).parsed().orElseThrow();
        assertThat(OfficerRules.genderOf(male)).isEqualTo(Gender.MALE);
        assertThat(OfficerRules.genderOf(female)).isEqualTo(Gender.FEMALE);
        assertThat(codes(OfficerRules.checkIdentity(male, Gender.FEMALE, TODAY))).containsExactly("GENDER_ID_MISMATCH");
        assertThat(OfficerRules.checkIdentity(female, null, TODAY)).isEmpty();
        String first17 = "32070620100101001";
        CitizenIdNumber child = CitizenIdNumber.validate(first17 + CitizenIdNumber.checkCharacter(first17), TODAY).parsed().orElseThrow();
        assertThat(codes(OfficerRules.checkIdentity(child, null, TODAY))).containsExactly("OFFICER_UNDER_AGE");
        assertThat(OfficerRules.checkIdentity(child, null, LocalDate.of(2028, 1, 1))).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aLegalBackgroundIsALawDegreeSoAtLeastJuniorCollege() {
        var bachelor = new OfficerProfile("李晓雯", null, StaffType.CIVIL_SERVANT, "司法所科员", Education.BACHELOR, false,
                false, true, null, null);
        org.assertj.core.api.Assertions.assertThat(OfficerRules.checkProfile(bachelor, false, Education.HIGH_SCHOOL))
                .isEmpty();
        var college = new OfficerProfile("李晓雯", null, StaffType.CIVIL_SERVANT, "司法所科员",
                Education.JUNIOR_COLLEGE, false, false, true, null, null);
        org.assertj.core.api.Assertions.assertThat(OfficerRules.checkProfile(college, false, Education.HIGH_SCHOOL))
                .isEmpty();
        var highSchool = new OfficerProfile("李晓雯", null, StaffType.CIVIL_SERVANT, "司法所科员",
                Education.HIGH_SCHOOL, false, false, true, null, null);
        org.assertj.core.api.Assertions.assertThat(OfficerRules.checkProfile(highSchool, false, Education.HIGH_SCHOOL))
                .extracting(cn.gov.lyg.enforcement.platform.problem.FieldViolation::code)
                .containsExactly("LEGAL_BACKGROUND_REQUIRES_DEGREE");
    }
}
