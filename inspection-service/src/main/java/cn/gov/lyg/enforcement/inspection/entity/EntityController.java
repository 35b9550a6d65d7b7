package cn.gov.lyg.enforcement.inspection.entity;

import cn.gov.lyg.enforcement.platform.security.CurrentScope;
import cn.gov.lyg.enforcement.platform.security.policy.AgencyAdminsOrSystems;
import cn.gov.lyg.enforcement.platform.security.policy.EntityDirectoryReaders;
import cn.gov.lyg.enforcement.platform.security.policy.SystemsOnly;
import cn.gov.lyg.enforcement.platform.web.PageResponse;
import cn.gov.lyg.enforcement.platform.web.Paging;
import cn.gov.lyg.enforcement.platform.web.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** {@code /api/inspections/v1/entities}: the inspected-entity directory 检查对象名录库. */
@RestController
@RequestMapping("/api/inspections/v1/entities")
@Tag(name = "entities", description = "检查对象名录库 inspected-entity directory")
public class EntityController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";


    private final EntityService entities;

    public EntityController(EntityService entities) {
        this.entities = entities;
    }

    /** Body of a class update from the credit system (source required, date defaults to today). */
    public record ClassChange(CreditRiskClass creditClass, LocalDate classDate, String source) {
    }

    private static EntityView view(InspectedEntity e) {
        return EntityView.of(e, EntityAccess.seesCreditClass(CurrentScope.get()));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @AgencyAdminsOrSystems
    @Operation(summary = "Register an entity (credit code GB 32100, Lianyungang region); a credit class only from the "
            + "credit system (CREDIT_CLASS_SYSTEM_ONLY)")
    public ResponseEntity<EntityView> register(@RequestBody EntityData data) {
        InspectedEntity e = entities.register(data);
        return ResponseEntity.created(URI.create("/api/inspections/v1/entities/" + e.getId()))
                .eTag(Versions.etag(e)).body(view(e));
    }

    @GetMapping("/{uscc}")
    @EntityDirectoryReaders
    @Operation(summary = "One entity of the caller's region (404 outside it)")
    public ResponseEntity<EntityView> get(@PathVariable String uscc) {
        InspectedEntity e = entities.get(uscc);
        return ResponseEntity.ok().eTag(Versions.etag(e)).body(view(e));
    }

    @PutMapping(path = "/{uscc}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @AgencyAdminsOrSystems
    @Operation(summary = "Update an entity; If-Match carries the version read; the class fields may only repeat the "
            + "stored class unless the caller is the credit system (CREDIT_CLASS_SYSTEM_ONLY)")
    public ResponseEntity<EntityView> update(@PathVariable String uscc,
                                             @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                             @RequestBody EntityData data) {
        InspectedEntity e = entities.update(uscc, Versions.parse(ifMatch), data);
        return ResponseEntity.ok().eTag(Versions.etag(e)).body(view(e));
    }

    @PutMapping(path = "/{uscc}/credit-class", consumes = MediaType.APPLICATION_JSON_VALUE)
    @SystemsOnly
    @Operation(summary = "Set the internal credit-risk class (A–D) with its source and date: the provincial credit "
            + "system (or SAMR) only (DOMAIN.md I11); If-Match optional")
    public ResponseEntity<EntityView> changeClass(@PathVariable String uscc,
                                                  @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                  @RequestBody ClassChange change) {
        InspectedEntity e = entities.changeClass(uscc, Versions.parse(ifMatch), change.creditClass(),
                change.classDate(), change.source());
        return ResponseEntity.ok().eTag(Versions.etag(e)).body(view(e));
    }

    @GetMapping
    @EntityDirectoryReaders
    @Operation(summary = "Entities of the caller's region (paged)")
    public PageResponse<EntityView> search(@RequestParam(required = false) String regionCode,
                                           @RequestParam(required = false) String townshipCode,
                                           @RequestParam(required = false) EntityType entityType,
                                           @RequestParam(required = false) String industry,
                                           @RequestParam(required = false) RegistrationStatus registrationStatus,
                                           @RequestParam(required = false) Boolean keySupervision,
                                           @RequestParam(required = false) CreditRiskClass creditClass,
                                           @RequestParam(required = false) String q,
                                           @RequestParam(required = false) Integer page,
                                           @RequestParam(required = false) Integer size,
                                           @RequestParam(required = false) List<String> sort) {
        var pageable = Paging.of(page, size, sort == null ? null : sort.stream()
                .map(s -> s.startsWith("uscc") ? "_id" + s.substring(4) : s).toList(),
                Set.of("_id", "name", "regionCode", "modifiedAt"), Sort.by("_id"));
        boolean withClass = EntityAccess.seesCreditClass(CurrentScope.get());
        return PageResponse.of(entities.search(new EntityFilter(regionCode, townshipCode, entityType, industry,
                registrationStatus, keySupervision, creditClass, q), pageable), e -> EntityView.of(e, withClass));
    }

    @PostMapping(path = "/import", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    @AgencyAdminsOrSystems
    @Operation(summary = "Bulk import of a CSV body, read as a stream; answers the row report")
    public ImportReport importCsv(HttpServletRequest request) throws IOException {
        return entities.importCsv(new InputStreamReader(request.getInputStream(), StandardCharsets.UTF_8));
    }

    @PostMapping(path = "/import", consumes = XLSX)
    @AgencyAdminsOrSystems
    @Operation(summary = "Bulk import of an XLSX body (first sheet, same columns as the CSV), streamed; answers the "
            + "row report")
    public ImportReport importXlsx(HttpServletRequest request) throws IOException {
        return entities.importXlsx(request.getInputStream());
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @AgencyAdminsOrSystems
    @Operation(summary = "Bulk import of an uploaded CSV or XLSX file (part 'file', by its name or type); answers the "
            + "row report")
    public ImportReport importFile(@RequestPart("file") MultipartFile file) throws IOException {
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase();
        if (name.endsWith(".xlsx") || XLSX.equals(file.getContentType())) {
            return entities.importXlsx(file.getInputStream());
        }
        return entities.importCsv(new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8));
    }

    @GetMapping(path = "/export")
    @EntityDirectoryReaders
    @Operation(summary = "The directory of the caller's regions as XLSX (the import's columns; the credit class only "
            + "for agency admins and supervisors)")
    public void export(@RequestParam(required = false) String regionCode,
                                                        @RequestParam(required = false) String townshipCode,
                                                        @RequestParam(required = false) EntityType entityType,
                                                        @RequestParam(required = false) String industry,
                                                        @RequestParam(required = false)
                                                        RegistrationStatus registrationStatus,
                                                        @RequestParam(required = false) Boolean keySupervision,
                                                        @RequestParam(required = false) CreditRiskClass creditClass,
                                                        @RequestParam(required = false) String q,
                                                        HttpServletResponse response) throws IOException {
        EntityFilter filter = new EntityFilter(regionCode, townshipCode, entityType, industry, registrationStatus,
                keySupervision, creditClass, q);
        var scope = CurrentScope.get();
        if (creditClass != null && !EntityAccess.exportsCreditClass(scope)) {
            throw cn.gov.lyg.enforcement.platform.problem.ApiException.forbidden("CREDIT_CLASS_INTERNAL");
        }
        response.setContentType(XLSX);
        response.setHeader("Content-Disposition", "attachment; filename=\"entities.xlsx\"");
        entities.exportXlsx(filter, scope, response.getOutputStream());
    }

}
