package cn.gov.lyg.enforcement.personnel.officer;

import cn.gov.lyg.enforcement.events.personnel.OfficerDutyChanged;
import cn.gov.lyg.enforcement.events.personnel.OfficerLeftService;
import cn.gov.lyg.enforcement.events.personnel.OfficerProfileChanged;
import cn.gov.lyg.enforcement.events.personnel.OfficerTransferred;
import cn.gov.lyg.enforcement.platform.mongo.AggregateDocument;
import cn.gov.lyg.enforcement.platform.problem.InvalidTransitionException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * 行政执法人员 (DOMAIN.md §2.1.1). The citizen ID number is held only encrypted ({@code idCardCipher}), as a keyed hash
 * for lookups and masked for display; the aggregate never sees the clear number after registration. Employment
 * changes (post, transfer, leaving) raise events on {@code personnel.officers.v1}.
 */
@Document(Officer.COLLECTION)
public class Officer extends AggregateDocument {

    public static final String COLLECTION = "officers";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Id
    private String id;
    private String name;
    private Gender gender;
    private String idCardCipher;
    private String idCardHash;
    private String idCardMasked;
    private String agencyCode;
    private String regionCode;
    private StaffType staffType;
    private String post;
    private Education education;
    private EmploymentStatus employmentStatus;
    private LocalDate employmentStatusSince;
    private boolean legalProfessionQualified;
    private boolean legalReviewer;
    private LocalDate legalReviewerSince;
    private boolean legalBackground;
    private String mobile;
    private String username;
    private List<TransferRecord> transfers = new ArrayList<>();

    protected Officer() {
        // for the mapping layer
    }

    /**
     * A newly registered officer, ON_DUTY from {@code since}; the profile has passed {@link OfficerRules}. Raises
     * {@link OfficerProfileChanged} (the profile other services keep, e.g. for legal review).
     */
    public static Officer register(OfficerProfile profile, Gender gender, String idCardCipher, String idCardHash,
                                   String idCardMasked, String agencyCode, String regionCode, LocalDate since,
                                   String actor, Clock clock) {
        Officer o = new Officer();
        o.id = UUID.randomUUID().toString();
        o.idCardCipher = idCardCipher;
        o.idCardHash = idCardHash;
        o.idCardMasked = idCardMasked;
        o.agencyCode = agencyCode;
        o.regionCode = regionCode;
        o.employmentStatus = EmploymentStatus.ON_DUTY;
        o.employmentStatusSince = since;
        o.apply(profile, since);
        o.gender = gender;
        o.audit("OFFICER_REGISTERED", Map.of("agencyCode", agencyCode, "idCard", idCardMasked));
        o.raiseProfile(actor, clock);
        return o;
    }

    /** A profile update; raises {@link OfficerProfileChanged} with the profile after the change. */
    public void updateProfile(OfficerProfile profile, Gender resolvedGender, String actor, Clock clock) {
        require("update");
        apply(profile, LocalDate.now(clock.withZone(SHANGHAI)));
        this.gender = resolvedGender;
        audit("OFFICER_UPDATED", Map.of("agencyCode", agencyCode));
        raiseProfile(actor, clock);
    }

    private void raiseProfile(String actor, Clock clock) {
        raise(new OfficerProfileChanged(UUID.randomUUID().toString(), OffsetDateTime.now(clock), id, nextVersion(),
                regionCode, agencyCode, name, employmentStatus.name(), legalProfessionQualified, legalReviewer,
                legalReviewerSince, actor));
    }

    /** 调动 to another agency; certificates of the old agency stop counting (P10). */
    public void transfer(String toAgencyCode, String toRegionCode, LocalDate effectiveDate, String actor,
                         String reason, Clock clock) {
        require("transfer");
        if (toAgencyCode.equals(agencyCode)) {
            throw cn.gov.lyg.enforcement.platform.problem.ApiException.badRequest("TRANSFER_SAME_AGENCY");
        }
        String fromAgency = agencyCode;
        String fromRegion = regionCode;
        transfers.add(new TransferRecord(fromAgency, toAgencyCode, effectiveDate, reason));
        this.agencyCode = toAgencyCode;
        this.regionCode = toRegionCode;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("from", fromAgency);
        details.put("to", toAgencyCode);
        details.put("effectiveDate", effectiveDate.toString());
        audit("OFFICER_TRANSFERRED", details);
        raise(new OfficerTransferred(UUID.randomUUID().toString(), OffsetDateTime.now(clock), id, nextVersion(),
                regionCode, agencyCode, fromAgency, fromRegion, employmentStatus.name(), effectiveDate, actor, reason));
    }

    /** Between an enforcement post and a non-enforcement post. */
    public void changeDuty(EmploymentStatus newStatus, LocalDate effectiveDate, String actor, String reason,
                           Clock clock) {
        require("change-duty");
        if (newStatus != EmploymentStatus.ON_DUTY && newStatus != EmploymentStatus.NON_ENFORCEMENT_POST) {
            throw cn.gov.lyg.enforcement.platform.problem.ApiException.badRequest("EMPLOYMENT_STATUS_INVALID");
        }
        if (newStatus == employmentStatus) {
            return;
        }
        this.employmentStatus = newStatus;
        this.employmentStatusSince = effectiveDate;
        audit("OFFICER_DUTY_CHANGED", Map.of("employmentStatus", newStatus.name()));
        raise(new OfficerDutyChanged(UUID.randomUUID().toString(), OffsetDateTime.now(clock), id, nextVersion(),
                regionCode, agencyCode, newStatus.name(), effectiveDate, actor, reason));
    }

    /** 离岗: retired, resigned, dismissed, deceased or transferred out of the system. Terminal. */
    public void leave(EmploymentStatus newStatus, LocalDate effectiveDate, String actor, String reason, Clock clock) {
        require("leave");
        if (!EmploymentStatus.LEFT_SERVICE.contains(newStatus)) {
            throw cn.gov.lyg.enforcement.platform.problem.ApiException.badRequest("EMPLOYMENT_STATUS_INVALID");
        }
        this.employmentStatus = newStatus;
        this.employmentStatusSince = effectiveDate;
        audit("OFFICER_LEFT_SERVICE", Map.of("employmentStatus", newStatus.name()));
        raise(new OfficerLeftService(UUID.randomUUID().toString(), OffsetDateTime.now(clock), id, nextVersion(),
                regionCode, agencyCode, newStatus.name(), effectiveDate, actor, reason));
    }

    /** Records that the full ID number was shown to {@code reader} (全过程留痕 of personal data access). */
    public void recordFullIdRead(String reader, String purpose) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("field", "idCardNo");
        details.put("reader", reader);
        if (purpose != null) {
            details.put("purpose", purpose);
        }
        audit("OFFICER_ID_CARD_READ", details);
    }

    /** Whether the officer was ON_DUTY on {@code date}, as far as the current status tells. */
    public boolean onDuty(LocalDate date) {
        // left or moved off the enforcement post only from employmentStatusSince on
        return employmentStatus == EmploymentStatus.ON_DUTY
                || (employmentStatusSince != null && date.isBefore(employmentStatusSince));
    }

    /** The agency the officer worked for on {@code date}, replaying the transfers backwards. */
    public String agencyOn(LocalDate date) {
        String agency = agencyCode;
        List<TransferRecord> all = getTransfers();
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).effectiveDate() != null && all.get(i).effectiveDate().isAfter(date)) {
                agency = all.get(i).fromAgencyCode();
            }
        }
        return agency;
    }

    private void require(String action) {
        if (!employmentStatus.allowedActions().contains(action)) {
            throw new InvalidTransitionException("Officer", employmentStatus, action,
                    employmentStatus.allowedActions());
        }
    }

    private void apply(OfficerProfile p, LocalDate today) {
        if (p.legalReviewer() && legalReviewerSince == null) {
            // the first designation: Art. 58 §2 asks whether a reviewer starts reviewing after the revised law
            this.legalReviewerSince = today;
        }
        this.name = p.name();
        this.staffType = p.staffType();
        this.post = p.post();
        this.education = p.education();
        this.legalProfessionQualified = p.legalProfessionQualified();
        this.legalReviewer = p.legalReviewer();
        this.legalBackground = p.legalBackground();
        this.mobile = p.mobile();
        this.username = p.username();
    }

    @Override
    public String aggregateId() {
        return id;
    }

    @Override
    public String aggregateType() {
        return "Officer";
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Gender getGender() {
        return gender;
    }

    public String getIdCardCipher() {
        return idCardCipher;
    }

    public String getIdCardHash() {
        return idCardHash;
    }

    public String getIdCardMasked() {
        return idCardMasked;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public StaffType getStaffType() {
        return staffType;
    }

    public String getPost() {
        return post;
    }

    public Education getEducation() {
        return education;
    }

    public EmploymentStatus getEmploymentStatus() {
        return employmentStatus;
    }

    public LocalDate getEmploymentStatusSince() {
        return employmentStatusSince;
    }

    public boolean isLegalProfessionQualified() {
        return legalProfessionQualified;
    }

    public boolean isLegalReviewer() {
        return legalReviewer;
    }

    /** The day the officer was first designated a legal reviewer 法制审核人员; {@code null} when never. */
    public LocalDate getLegalReviewerSince() {
        return legalReviewerSince;
    }

    /** A law degree or law major 法律专业背景. */
    public boolean isLegalBackground() {
        return legalBackground;
    }

    public String getMobile() {
        return mobile;
    }

    public String getUsername() {
        return username;
    }

    public List<TransferRecord> getTransfers() {
        return transfers == null ? List.of() : List.copyOf(transfers);
    }

    /** One transfer between agencies. */
    public record TransferRecord(String fromAgencyCode, String toAgencyCode, LocalDate effectiveDate, String reason) {
    }
}
