package cn.gov.lyg.enforcement.inspection.entity;

import cn.gov.lyg.enforcement.platform.security.CurrentScope;
import cn.gov.lyg.enforcement.platform.web.PageResponse;
import cn.gov.lyg.enforcement.platform.web.Paging;
import cn.gov.lyg.enforcement.platform.web.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
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
import org.springframework.security.access.prepost.PreAuthorize;
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

    static final String READERS = "hasAnyRole('OFFICER','AGENCY_ADMIN','AGENCY_LEADER','LEGAL_REVIEWER',"
            + "'SUPERVISOR_CITY','SUPERVISOR_COUNTY','AUDITOR','INTEGRATION','PROVINCE_READONLY')";
    static final String WRITERS = "hasAnyRole('AGENCY_ADMIN','INTEGRATION')";

    private final EntityService entities;

    public EntityController(EntityService entities) {
        this.entities = entities;
    }

    /** Body of a class update from the credit system or an agency admin. */
    public record ClassChange(CreditRiskClass creditClass, LocalDate classDate, String source) {
    }

    private static EntityView view(InspectedEntity e) {
        return EntityView.of(e, EntityAccess.seesCreditClass(CurrentScope.get()));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(WRITERS)
    @Operation(summary = "Register an entity (credit code GB 32100, Lianyungang region)")
    public ResponseEntity<EntityView> register(@RequestBody EntityData data) {
        InspectedEntity e = entities.register(data);
        return ResponseEntity.created(URI.create("/api/inspections/v1/entities/" + e.getId()))
                .eTag(Versions.etag(e)).body(view(e));
    }

    @GetMapping("/{uscc}")
    @PreAuthorize(READERS)
    @Operation(summary = "One entity of the caller's region (404 outside it)")
    public ResponseEntity<EntityView> get(@PathVariable String uscc) {
        InspectedEntity e = entities.get(uscc);
        return ResponseEntity.ok().eTag(Versions.etag(e)).body(view(e));
    }

    @PutMapping(path = "/{uscc}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(WRITERS)
    @Operation(summary = "Update an entity; If-Match carries the version read")
    public ResponseEntity<EntityView> update(@PathVariable String uscc,
                                             @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                             @RequestBody EntityData data) {
        InspectedEntity e = entities.update(uscc, Versions.parse(ifMatch), data);
        return ResponseEntity.ok().eTag(Versions.etag(e)).body(view(e));
    }

    @PutMapping(path = "/{uscc}/credit-class", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(WRITERS)
    @Operation(summary = "Set the internal credit-risk class (A–D); If-Match optional for system clients")
    public ResponseEntity<EntityView> changeClass(@PathVariable String uscc,
                                                  @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                  @RequestBody ClassChange change) {
        InspectedEntity e = entities.changeClass(uscc, Versions.parse(ifMatch), change.creditClass(),
                change.classDate(), change.source());
        return ResponseEntity.ok().eTag(Versions.etag(e)).body(view(e));
    }

    @GetMapping
    @PreAuthorize(READERS)
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
    @PreAuthorize(WRITERS)
    @Operation(summary = "Bulk import of a CSV body, read as a stream; answers the row report")
    public ImportReport importCsv(HttpServletRequest request) throws IOException {
        return entities.importCsv(new InputStreamReader(request.getInputStream(), StandardCharsets.UTF_8));
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(WRITERS)
    @Operation(summary = "Bulk import of an uploaded CSV file (part 'file'); answers the row report")
    public ImportReport importFile(@RequestPart("file") MultipartFile file) throws IOException {
        return entities.importCsv(new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8));
    }

}
