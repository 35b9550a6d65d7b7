package cn.gov.lyg.enforcement.supervision.problemlist;

import cn.gov.lyg.enforcement.platform.agency.Agency;
import cn.gov.lyg.enforcement.platform.calendar.WorkingDayCalendar;
import cn.gov.lyg.enforcement.platform.mongo.ScopeCriteria;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import cn.gov.lyg.enforcement.platform.security.CurrentScope;
import cn.gov.lyg.enforcement.platform.security.DataScope;
import cn.gov.lyg.enforcement.platform.security.Role;
import cn.gov.lyg.enforcement.platform.web.Versions;
import cn.gov.lyg.enforcement.supervision.support.Requests;
import cn.gov.lyg.enforcement.supervision.support.SupervisedAgencies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import cn.gov.lyg.enforcement.platform.security.policy.AgencyManagement;
import cn.gov.lyg.enforcement.platform.security.policy.AgencyUsersOrSupervisors;
import cn.gov.lyg.enforcement.platform.security.policy.SupervisorsOnly;
import org.springframework.stereotype.Repository;
import org.springframework.stereotype.Service;

/** Problem lists 突出问题清单 and special campaigns 专项整治 per agency, with their rectification. */
@Service
public class ProblemListService {

    public record NewItemData(@NotBlank @Size(max = 1000) String description, @NotNull LocalDate dueOn) {
    }

    public record Create(@NotBlank @Size(max = 200) String title, @Size(max = 200) String campaign,
                         @NotNull @Min(2023) @Max(2100) Integer year,
                         @NotBlank @Pattern(regexp = "^[0-9A-HJ-NPQRTUWXY]{18}$") String agencyCode,
                         @NotEmpty @Size(max = 100) List<@Valid @NotNull NewItemData> items) {
    }

    public record Rectify(@NotBlank @Size(max = 4000) String report) {
    }

    public record Verify(@NotNull Boolean ok, @Size(max = 1000) String note, LocalDate newDueOn) {
    }


    private final Store store;
    private final SupervisedAgencies agencies;
    private final Requests requests;
    private final Clock clock;

    public ProblemListService(Store store, SupervisedAgencies agencies, Requests requests, Clock clock) {
        this.store = store;
        this.agencies = agencies;
        this.requests = requests;
        this.clock = clock;
    }

    @SupervisorsOnly
    public ProblemList create(Create command) {
        requests.valid(command);
        DataScope scope = CurrentScope.get();
        Agency agency = agencies.active(command.agencyCode()).orElseThrow(() -> ApiException.invalid(
                "AGENCY_UNKNOWN", List.of(FieldViolation.of("agencyCode", "AGENCY_UNKNOWN"))));
        if (!scope.coversRegion(agency.regionCode())) {
            throw ApiException.invalid("TARGET_OUT_OF_SCOPE",
                    List.of(FieldViolation.of("agencyCode", "TARGET_OUT_OF_SCOPE")));
        }
        return store.save(ProblemList.create(command.title().trim(), command.campaign(), command.year(),
                scope.agencyCode(), agency.agencyCode(), agency.regionCode(), command.items().stream()
                        .map(i -> new ProblemList.NewItem(i.description(), i.dueOn())).toList(), today()));
    }

    @AgencyManagement
    public ProblemList rectify(String id, int itemNo, Long version, Rectify command) {
        requests.valid(command);
        ProblemList p = load(id, version);
        if (!CurrentScope.get().belongsTo(p.getAgencyCode())) {
            throw ApiException.forbidden("PROBLEM_LIST_ACTION_NOT_ALLOWED");
        }
        p.rectify(itemNo, command.report().trim(), clock.instant());
        return store.save(p);
    }

    @SupervisorsOnly
    public ProblemList verify(String id, int itemNo, Long version, Verify command) {
        requests.valid(command);
        ProblemList p = load(id, version);
        if (!CurrentScope.get().coversRegion(p.getRegionCode())) {
            throw ApiException.forbidden("PROBLEM_LIST_ACTION_NOT_ALLOWED");
        }
        p.verify(itemNo, command.ok(), command.note(), command.newDueOn(), CurrentScope.get().auditName(),
                clock.instant());
        return store.save(p);
    }

    @AgencyUsersOrSupervisors
    public ProblemList get(String id) {
        return store.findById(id).filter(p -> visible(CurrentScope.get(), p))
                .orElseThrow(() -> ApiException.notFound("ProblemList", id));
    }

    @AgencyUsersOrSupervisors
    public Page<ProblemList> search(String agencyCode, Integer year, Pageable pageable) {
        return store.search(CurrentScope.get(), agencyCode, year, pageable);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(WorkingDayCalendar.ZONE));
    }

    private ProblemList load(String id, Long version) {
        ProblemList p = store.findById(id).filter(x -> visible(CurrentScope.get(), x))
                .orElseThrow(() -> ApiException.notFound("ProblemList", id));
        Versions.check(p, version);
        return p;
    }

    static boolean visible(DataScope scope, ProblemList p) {
        return (scope.isRegionalSupervisor() && scope.coversRegion(p.getRegionCode()))
                || (scope.hasAny(Role.AGENCY_ADMIN, Role.AGENCY_LEADER, Role.OFFICER, Role.LEGAL_REVIEWER)
                && scope.belongsTo(p.getAgencyCode()));
    }

    /** Persistence of problem lists, filtered by scope. */
    @Repository
    public static class Store {

        private final MongoTemplate mongo;

        Store(MongoTemplate mongo) {
            this.mongo = mongo;
        }

        ProblemList save(ProblemList p) {
            return mongo.save(p);
        }

        Optional<ProblemList> findById(String id) {
            return Optional.ofNullable(mongo.findById(id, ProblemList.class));
        }

        Page<ProblemList> search(DataScope scope, String agencyCode, Integer year, Pageable pageable) {
            List<Criteria> any = new ArrayList<>();
            if (scope.isRegionalSupervisor() && scope.regionCode() != null && scope.regionCode().matches("\\d{6}")) {
                any.add(ScopeCriteria.inRegion(scope.regionCode()));
            }
            if (scope.agencyCode() != null && scope.hasAny(Role.AGENCY_ADMIN, Role.AGENCY_LEADER, Role.OFFICER,
                    Role.LEGAL_REVIEWER)) {
                any.add(Criteria.where("agencyCode").is(scope.agencyCode()));
            }
            List<Criteria> all = new ArrayList<>();
            all.add(any.isEmpty() ? Criteria.where("_id").is("__none__")
                    : any.size() == 1 ? any.get(0) : new Criteria().orOperator(any));
            if (agencyCode != null) {
                all.add(Criteria.where("agencyCode").is(agencyCode));
            }
            if (year != null) {
                all.add(Criteria.where("year").is(year));
            }
            Query query = new Query(new Criteria().andOperator(all));
            long total = mongo.count(query, ProblemList.class);
            return new PageImpl<>(mongo.find(Query.of(query).with(pageable), ProblemList.class), pageable, total);
        }
    }
}
