package cn.gov.lyg.enforcement.personnel.recusal;

import cn.gov.lyg.enforcement.events.vocabulary.PartyType;
import cn.gov.lyg.enforcement.personnel.Scopes;
import cn.gov.lyg.enforcement.personnel.officer.IdCardCipher;
import cn.gov.lyg.enforcement.personnel.officer.Officer;
import cn.gov.lyg.enforcement.personnel.officer.OfficerService;
import cn.gov.lyg.enforcement.platform.identifier.CitizenIdNumber;
import cn.gov.lyg.enforcement.platform.identifier.UnifiedSocialCreditCode;
import cn.gov.lyg.enforcement.platform.identifier.ValidCitizenId;
import cn.gov.lyg.enforcement.platform.identifier.ValidUscc;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import cn.gov.lyg.enforcement.platform.security.CurrentScope;
import cn.gov.lyg.enforcement.platform.security.DataScope;
import cn.gov.lyg.enforcement.platform.security.policy.AgencyManagement;
import cn.gov.lyg.enforcement.platform.security.policy.AgencyStaff;
import cn.gov.lyg.enforcement.platform.security.policy.Authenticated;
import cn.gov.lyg.enforcement.platform.web.Versions;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** Use cases and authorization. */
@Service
public class RecusalService {

    private final MongoTemplate mongo;
    private final OfficerService officers;
    private final IdCardCipher cipher;
    private final Clock clock;

    public RecusalService(MongoTemplate mongo, OfficerService officers,
                          IdCardCipher cipher, Clock clock) {
        this.mongo = mongo;
        this.officers = officers;
        this.cipher = cipher;
        this.clock = clock;
    }

    @AgencyStaff
    public Recusal declare(Request r) {
        DataScope scope = CurrentScope.get();
        Officer officer = officers.find(r.officerId())
                .filter(o -> Scopes.manages(scope, o.getAgencyCode())
                        || Scopes.isSelf(scope, o.getAgencyCode(), o.getUsername()))
                .orElseThrow(() -> ApiException.notFound("Officer", r.officerId()));
        boolean citizen = r.partyType() == PartyType.CITIZEN;
        LocalDate from = r.validFrom() != null ? r.validFrom() : LocalDate.now(clock);
        if (citizen && r.partyIdCardNo() == null) {
            throw ApiException.invalid("PARTY_ID_REQUIRED", List.of(FieldViolation.of("partyIdCardNo",
                    "PARTY_ID_REQUIRED")));
        }
        if (!citizen && r.partyCreditCode() == null) {
            throw ApiException.invalid("PARTY_CREDIT_CODE_REQUIRED", List.of(FieldViolation.of("partyCreditCode",
                    "PARTY_CREDIT_CODE_REQUIRED")));
        }
        if (r.validTo() != null && r.validTo().isBefore(from)) {
            throw ApiException.invalid("VALIDITY_RANGE", List.of(FieldViolation.of("validTo", "VALIDITY_RANGE")));
        }
        String credit = citizen ? null : UnifiedSocialCreditCode.normalise(r.partyCreditCode());
        String idHash = null;
        String masked = null;
        if (citizen) {
            String id = CitizenIdNumber.normalise(r.partyIdCardNo());
            idHash = cipher.hash(id);
            masked = CitizenIdNumber.mask(id);
        }
        String hash = idHash;
        boolean duplicate = ofOfficer(officer.getId()).stream().anyMatch(x -> x.blocks(credit, hash, from));
        if (duplicate) {
            throw ApiException.conflict("RECUSAL_ALREADY_DECLARED");
        }
        return mongo.save(Recusal.declare(officer.getId(), officer.getAgencyCode(), officer.getRegionCode(),
                r.partyType(), credit, idHash, masked, r.partyName(), r.relation(), from, r.validTo(),
                scope.auditName(), clock));
    }

    @Authenticated
    public List<Recusal> of(String officerId) {
        return ofOfficer(officers.loadReadable(officerId).getId());
    }

    @Authenticated
    public Check check(String officerId, String creditCode, String idCardNo, LocalDate date) {
        Officer officer = officers.loadReadable(officerId);
        LocalDate d = date != null ? date : LocalDate.now(clock);
        String credit = creditCode == null ? null : UnifiedSocialCreditCode.normalise(creditCode);
        String hash = idCardNo == null ? null : cipher.hash(CitizenIdNumber.normalise(idCardNo));
        List<String> ids = ofOfficer(officer.getId()).stream().filter(r -> r.blocks(credit, hash, d))
                .map(Recusal::getId).toList();
        return new Check(officer.getId(), d, !ids.isEmpty(), ids);
    }

    /**
     * Withdraws a declaration: the agency head decides (DOMAIN.md §2.1.3 P4), so the admin or the leader of the
     * officer's agency, never the officer themself (403 {@code SELF_APPROVAL}: the declaration blocks their
     * assignment to the party). Outside the agency the declaration does not exist (404).
     */
    @AgencyManagement
    public Recusal withdraw(String id, Long version) {
        Recusal r = mongo.findById(id, Recusal.class);
        DataScope scope = CurrentScope.get();
        Officer officer = r == null ? null : officers.find(r.getOfficerId()).orElse(null);
        if (officer == null || !Scopes.heads(scope, officer.getAgencyCode())) {
            throw ApiException.notFound("Recusal", id);
        }
        if (Scopes.isOwn(scope, officer.getUsername())) {
            throw ApiException.forbidden("SELF_APPROVAL");
        }
        Versions.check(r, version);
        r.withdraw(scope.auditName(), clock);
        return mongo.save(r);
    }

    private List<Recusal> ofOfficer(String officerId) {
        return mongo.find(new Query(Criteria.where("officerId").is(officerId)), Recusal.class);
    }

    /** Declaration body: an organisation by credit code, a citizen by ID number. */
    public record Request(@NotBlank String officerId, @NotNull PartyType partyType,
                          @ValidUscc String partyCreditCode, @ValidCitizenId String partyIdCardNo,
                          @Size(max = 100) String partyName, @NotBlank @Size(max = 200) String relation,
                          LocalDate validFrom, LocalDate validTo) {
    }

    /** Answer of {@code /check}. */
    public record Check(String officerId, LocalDate date, boolean conflict, List<String> recusalIds) {
    }
}
