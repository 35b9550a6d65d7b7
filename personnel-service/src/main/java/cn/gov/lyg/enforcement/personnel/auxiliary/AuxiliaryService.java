package cn.gov.lyg.enforcement.personnel.auxiliary;

import cn.gov.lyg.enforcement.events.vocabulary.AuxiliaryTask;
import cn.gov.lyg.enforcement.personnel.Scopes;
import cn.gov.lyg.enforcement.personnel.agency.AgencyService;
import cn.gov.lyg.enforcement.personnel.officer.EmploymentStatus;
import cn.gov.lyg.enforcement.personnel.officer.IdCardCipher;
import cn.gov.lyg.enforcement.personnel.officer.Officer;
import cn.gov.lyg.enforcement.personnel.officer.OfficerService;
import cn.gov.lyg.enforcement.platform.identifier.CitizenIdNumber;
import cn.gov.lyg.enforcement.platform.identifier.UnifiedSocialCreditCode;
import cn.gov.lyg.enforcement.platform.identifier.ValidCitizenId;
import cn.gov.lyg.enforcement.platform.identifier.ValidUscc;
import cn.gov.lyg.enforcement.platform.mongo.ScopeCriteria;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import cn.gov.lyg.enforcement.platform.security.CurrentScope;
import cn.gov.lyg.enforcement.platform.security.DataScope;
import cn.gov.lyg.enforcement.platform.security.policy.AgencyAdminsOnly;
import cn.gov.lyg.enforcement.platform.security.policy.Authenticated;
import cn.gov.lyg.enforcement.platform.web.Versions;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/** Use cases and authorization. */
@Service
public class AuxiliaryService implements cn.gov.lyg.enforcement.platform.mongo.MongoIndexContributor {

    private final MongoTemplate mongo;
    private final OfficerService officers;
    private final AgencyService agencies;
    private final IdCardCipher cipher;
    private final Clock clock;

    public AuxiliaryService(MongoTemplate mongo, OfficerService officers, AgencyService agencies,
                            IdCardCipher cipher, Clock clock) {
        this.mongo = mongo;
        this.officers = officers;
        this.agencies = agencies;
        this.cipher = cipher;
        this.clock = clock;
    }

    @Override
    public void ensureIndexes(MongoTemplate template) {
        template.indexOps(AuxiliaryStaff.COLLECTION).createIndex(new Index().on("idCardHash", Sort.Direction.ASC)
                .unique().named("uk_auxiliary_id_card"));
    }

    @AgencyAdminsOnly
    public AuxiliaryStaff register(Request r) {
        DataScope scope = CurrentScope.get();
        String agencyCode = UnifiedSocialCreditCode.normalise(r.agencyCode());
        if (!scope.belongsTo(agencyCode)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "AGENCY_NOT_OWN",
                    List.of(FieldViolation.of("agencyCode", "AGENCY_NOT_OWN")));
        }
        var agency = agencies.findByCode(agencyCode);
        List<FieldViolation> errors = new ArrayList<>();
        if (r.contractTo() != null && !r.contractTo().isAfter(r.contractFrom())) {
            errors.add(FieldViolation.of("contractTo", "CONTRACT_RANGE"));
        }
        Officer supervisor = officers.find(r.supervisingOfficerId()).orElse(null);
        if (supervisor == null || !supervisor.getAgencyCode().equals(agencyCode)
                || supervisor.getEmploymentStatus() != EmploymentStatus.ON_DUTY) {
            errors.add(FieldViolation.of("supervisingOfficerId", "SUPERVISING_OFFICER_INVALID"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors.get(0).code(), errors);
        }
        CitizenIdNumber id = CitizenIdNumber.validate(r.idCardNo(), clock).parsed()
                .orElseThrow(() -> ApiException.badRequest("ID_CARD_FORMAT"));
        String hash = cipher.hash(id.value());
        if (officers.existsByIdCardHash(hash)) {
            throw ApiException.conflict("PERSON_IS_OFFICER");
        }
        if (mongo.exists(new Query(Criteria.where("idCardHash").is(hash)), AuxiliaryStaff.class)) {
            throw ApiException.conflict("AUXILIARY_ID_CARD_DUPLICATE");
        }
        return mongo.save(AuxiliaryStaff.register(r.name().strip(), cipher.encrypt(id.value()), hash, id.masked(),
                agencyCode, agency.getRegionCode(), r.contractFrom(), r.contractTo(), supervisor.getId(),
                r.allowedTasks(), scope.auditName(), clock));
    }

    @Authenticated
    public AuxiliaryStaff get(String id) {
        AuxiliaryStaff a = mongo.findById(id, AuxiliaryStaff.class);
        if (a == null || !Scopes.readsPeopleOf(CurrentScope.get(), a.getAgencyCode(), a.getRegionCode())) {
            throw ApiException.notFound("AuxiliaryStaff", id);
        }
        return a;
    }

    @Authenticated
    public org.springframework.data.domain.Page<AuxiliaryStaff> search(String agencyCode,
                                                                        org.springframework.data.domain.Pageable p) {
        Criteria scope = ScopeCriteria.readable(CurrentScope.get(), null, null, null);
        Query query = new Query(agencyCode == null ? scope
                : new Criteria().andOperator(scope, Criteria.where("agencyCode").is(agencyCode)));
        long total = mongo.count(query, AuxiliaryStaff.class);
        return new PageImpl<>(mongo.find(Query.of(query).with(p), AuxiliaryStaff.class), p, total);
    }

    @AgencyAdminsOnly
    public AuxiliaryStaff changeStatus(String id, Long version, AuxiliaryStaff.Status status) {
        AuxiliaryStaff a = mongo.findById(id, AuxiliaryStaff.class);
        if (a == null || !Scopes.manages(CurrentScope.get(), a.getAgencyCode())) {
            throw ApiException.notFound("AuxiliaryStaff", id);
        }
        Versions.check(a, version);
        a.changeStatus(status, CurrentScope.get().auditName(), clock);
        return mongo.save(a);
    }

    /** Registration body. */
    public record Request(@NotBlank @Size(max = 50) String name, @NotBlank @ValidCitizenId String idCardNo,
                          @NotBlank @ValidUscc String agencyCode, @NotNull LocalDate contractFrom,
                          LocalDate contractTo, @NotBlank String supervisingOfficerId,
                          @NotEmpty Set<@NotNull AuxiliaryTask> allowedTasks) {
    }
}
