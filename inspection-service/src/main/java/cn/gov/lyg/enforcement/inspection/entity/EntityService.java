package cn.gov.lyg.enforcement.inspection.entity;

import cn.gov.lyg.enforcement.inspection.shared.RuleViolation;
import cn.gov.lyg.enforcement.platform.identifier.UnifiedSocialCreditCode;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.security.CurrentScope;
import cn.gov.lyg.enforcement.platform.security.DataScope;
import cn.gov.lyg.enforcement.platform.security.policy.SystemsOnly;
import cn.gov.lyg.enforcement.platform.web.Versions;
import cn.gov.lyg.enforcement.platform.spreadsheet.XlsxReader;
import cn.gov.lyg.enforcement.platform.spreadsheet.XlsxWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * The inspected-entity directory: registration, updates, credit classes, search and bulk import. The credit class is
 * set by the credit system only ({@link CreditClassRules}): through the class update ({@link SystemsOnly}) or the
 * class fields of its entries and import rows.
 */
@Service
public class EntityService {

    static final int IMPORT_BATCH = 500;

    private final EntityStore store;
    private final EntityRules rules;
    private final EntityAccess access;
    private final CreditClassRules classRules = new CreditClassRules();
    private final Clock clock;

    EntityService(EntityStore store, EntityRules rules, EntityAccess access, Clock clock) {
        this.store = store;
        this.rules = rules;
        this.access = access;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    public InspectedEntity register(EntityData data) {
        UnifiedSocialCreditCode code = rules.check(data);
        requireWritable(data.regionCode());
        if (store.findById(code.value()).isPresent()) {
            throw RuleViolation.conflict("ENTITY_EXISTS", code.value());
        }
        classRules.checkEntry(data, null, EntityAccess.setsCreditClass(CurrentScope.get()));
        try {
            return store.save(InspectedEntity.register(code.value(), code.legacy(), data, today()));
        } catch (DuplicateKeyException e) {
            throw RuleViolation.conflict("ENTITY_EXISTS", code.value());
        }
    }

    public InspectedEntity get(String uscc) {
        String id = UnifiedSocialCreditCode.normalise(uscc);
        return store.findById(id).filter(e -> access.covers(CurrentScope.get(), e.getRegionCode()))
                .orElseThrow(() -> ApiException.notFound("检查对象", id));
    }

    public InspectedEntity update(String uscc, Long expectedVersion, EntityData data) {
        InspectedEntity entity = get(uscc);
        Versions.check(entity, expectedVersion);
        EntityData same = new EntityData(entity.getId(), data.name(), data.entityType(), data.regionCode(),
                data.townshipCode(), data.address(), data.latitude(), data.longitude(), data.industryCode(),
                data.registrationStatus(), data.licences(), data.keySupervision(), data.creditClass(),
                data.classDate(), data.classSource());
        rules.check(same);
        requireWritable(data.regionCode());
        classRules.checkEntry(same, entity.classAssignment(), EntityAccess.setsCreditClass(CurrentScope.get()));
        entity.update(same, today());
        return store.save(entity);
    }

    /** The credit system's class update (DOMAIN.md I11): class and source required, the date defaults to today. */
    @SystemsOnly
    public InspectedEntity changeClass(String uscc, Long expectedVersion, CreditRiskClass creditClass,
                                       LocalDate classDate, String source) {
        InspectedEntity entity = get(uscc);
        if (expectedVersion != null) {
            Versions.check(entity, expectedVersion);
        }
        classRules.checkChange(creditClass, source);
        if (!entity.changeClass(creditClass, classDate, source.strip(), today())) {
            return entity;
        }
        return store.save(entity);
    }

    public Page<InspectedEntity> search(EntityFilter filter, Pageable pageable) {
        DataScope scope = CurrentScope.get();
        if (filter.creditClass() != null && !EntityAccess.seesCreditClass(scope)) {
            throw ApiException.forbidden("CREDIT_CLASS_INTERNAL");
        }
        return store.search(filter, access.coveredRegions(scope), pageable);
    }

    /**
     * Counts an inspection of the entity by the agency in the year (ROUTINE, SPECIAL and DUAL_RANDOM count toward the
     * annual cap that keeps the entity out of further draws; case-triggered inspections do not).
     */
    public void countInspection(String uscc, String agencyCode, int year) {
        for (int attempt = 0; attempt < 5; attempt++) {
            InspectedEntity e = store.findById(uscc).orElse(null);
            if (e == null) {
                return;
            }
            e.countInspection(agencyCode, year);
            try {
                store.save(e);
                return;
            } catch (org.springframework.dao.OptimisticLockingFailureException conflict) {
                // another write in between: read again
            }
        }
    }

    /** Streams the directory of the given regions (population snapshots). */
    public void forEach(EntityFilter filter, List<String> regions, Consumer<InspectedEntity> action) {
        store.forEach(filter, regions, action);
    }

    /**
     * Imports CSV rows read one by one, written in batches of {@value #IMPORT_BATCH}: a new code registers an
     * entity, a known code updates it; a row breaking a rule is reported and skipped. Rows outside the caller's
     * region are rejected ({@code ENTITY_OUT_OF_SCOPE}); so are rows of anybody but the credit system that set or
     * change the credit class ({@code CREDIT_CLASS_SYSTEM_ONLY}, {@link CreditClassRules}).
     */
    public ImportReport importCsv(Reader reader) throws IOException {
        DataScope scope = CurrentScope.get();
        EntityCsv csv = new EntityCsv(reader);
        ImportReport report = new ImportReport();
        List<EntityCsv.Row> batch = new ArrayList<>(IMPORT_BATCH);
        EntityCsv.Row row;
        while ((row = csv.next()) != null) {
            if (row.error() != null) {
                report.reject(row.line(), row.rawUscc(), row.error(), row.field());
                continue;
            }
            batch.add(row);
            if (batch.size() == IMPORT_BATCH) {
                flush(batch, report, scope);
            }
        }
        flush(batch, report, scope);
        return report;
    }

    /** Largest number of data rows of one XLSX import (a larger directory is imported in several files). */
    public static final int XLSX_MAX_ROWS = 500_000;

    /**
     * Imports the first sheet of an XLSX workbook like a CSV (the header row names the same columns), streamed row by
     * row (platform {@link XlsxReader}: temporary file, SAX, zip-bomb guard) and written in the same batches. A file
     * that is not a workbook, inflates like a zip bomb or has more than {@value #XLSX_MAX_ROWS} data rows is refused
     * (400 {@code XLSX_UNREADABLE}, {@code XLSX_ZIP_BOMB}, {@code XLSX_TOO_MANY_ROWS}); with too many rows, the rows
     * before the limit are imported (an import is an upsert, so the corrected file can simply be imported again).
     */
    public ImportReport importXlsx(InputStream in) {
        DataScope scope = CurrentScope.get();
        ImportReport report = new ImportReport();
        List<EntityCsv.Row> batch = new ArrayList<>(IMPORT_BATCH);
        EntityCsv[] sheet = new EntityCsv[1];
        try {
            XlsxReader.read(in, XLSX_MAX_ROWS, header -> sheet[0] = new EntityCsv(header), cells -> {
                EntityCsv.Row row = sheet[0].cells(cells);
                if (row.error() != null) {
                    report.reject(row.line(), row.rawUscc(), row.error(), row.field());
                    return;
                }
                batch.add(row);
                if (batch.size() == IMPORT_BATCH) {
                    flush(batch, report, scope);
                }
            });
        } catch (XlsxReader.Rejected e) {
            throw ApiException.badRequest(e.code(), XLSX_MAX_ROWS);
        }
        if (sheet[0] == null) {
            throw RuleViolation.invalid("CSV_HEADER_INVALID", String.join(",", EntityCsv.REQUIRED));
        }
        flush(batch, report, scope);
        return report;
    }

    /** The columns of the directory export; the internal credit class only where the caller may export it. */
    static List<String> exportHeader(boolean withClass) {
        List<String> header = new ArrayList<>(List.of("uscc", "name", "entityType", "regionCode", "townshipCode",
                "address", "industryCode", "registrationStatus", "licences", "keySupervision"));
        if (withClass) {
            header.addAll(List.of("creditClass", "classDate", "classSource"));
        }
        return header;
    }

    /**
     * The directory of the caller's regions (with the search filters) as an XLSX workbook in the import's columns,
     * streamed from one cursor. The internal credit class 信用风险分类 is exported only to agency admins and the
     * judicial bureaus' supervisors ({@link EntityAccess#exportsCreditClass}); nobody else gets its columns, and a
     * filter by class is refused to them ({@code CREDIT_CLASS_INTERNAL}). The rows are written to the response as
     * they are read (SXSSF keeps a window of rows in memory).
     */
    public void exportXlsx(EntityFilter filter, DataScope scope, OutputStream out) {
        boolean withClass = EntityAccess.exportsCreditClass(scope);
        if (filter.creditClass() != null && !withClass) {
            throw ApiException.forbidden("CREDIT_CLASS_INTERNAL");
        }
        List<String> regions = access.coveredRegions(scope);
        try (XlsxWriter w = new XlsxWriter()) {
            w.sheet("检查对象名录", exportHeader(withClass));
            store.forEach(filter, regions, e -> {
                List<Object> cells = new ArrayList<>(java.util.Arrays.asList(e.getId(), e.getName(),
                        e.getEntityType() == null ? null : e.getEntityType().name(), e.getRegionCode(),
                        e.getTownshipCode(), e.getAddress(), e.getIndustryCode(),
                        e.getRegistrationStatus() == null ? null : e.getRegistrationStatus().name(),
                        e.getLicences() == null ? null : String.join(";", new java.util.TreeSet<>(e.getLicences())),
                        Boolean.toString(e.isKeySupervision())));
                if (withClass) {
                    cells.add(e.getCreditClass() == null ? null : e.getCreditClass().name());
                    cells.add(e.getClassDate());
                    cells.add(e.getClassSource());
                }
                w.row(cells);
            });
            w.writeTo(out);
        }
    }

    private void flush(List<EntityCsv.Row> batch, ImportReport report, DataScope scope) {
        if (batch.isEmpty()) {
            return;
        }
        List<EntityCsv.Row> valid = new ArrayList<>();
        Map<String, String> codes = new java.util.HashMap<>();
        for (EntityCsv.Row row : batch) {
            try {
                UnifiedSocialCreditCode code = rules.check(row.data());
                if (!access.covers(scope, row.data().regionCode())) {
                    throw RuleViolation.invalid("ENTITY_OUT_OF_SCOPE").with("field", "regionCode");
                }
                if (codes.putIfAbsent(code.value(), row.data().uscc()) != null) {
                    throw RuleViolation.invalid("DUPLICATE_ROW").with("field", "uscc");
                }
                valid.add(row.withCode(code));
            } catch (RuleViolation v) {
                report.reject(row.line(), row.rawUscc(), v.code(), String.valueOf(v.details().getOrDefault("field", "")));
            }
        }
        Map<String, InspectedEntity> existing = store.findAll(codes.keySet());
        List<InspectedEntity> fresh = new ArrayList<>();
        boolean fromCreditSystem = EntityAccess.setsCreditClass(scope);
        LocalDate today = today();
        for (EntityCsv.Row row : valid) {
            InspectedEntity known = existing.get(row.code().value());
            if (known != null && !access.covers(scope, known.getRegionCode())) {
                report.reject(row.line(), row.rawUscc(), "ENTITY_OUT_OF_SCOPE", "regionCode");
                continue;
            }
            try {
                classRules.checkEntry(row.data(), known == null ? null : known.classAssignment(), fromCreditSystem);
            } catch (RuleViolation v) {
                report.reject(row.line(), row.rawUscc(), v.code(), String.valueOf(v.details().get("field")));
                continue;
            }
            if (known == null) {
                fresh.add(InspectedEntity.register(row.code().value(), row.code().legacy(), row.data(), today));
            } else if (known.update(row.data(), today)) {
                store.save(known);
                report.updated();
            } else {
                report.unchanged();
            }
        }
        if (!fresh.isEmpty()) {
            store.insertAll(fresh);
            fresh.forEach(e -> report.created());
        }
        batch.clear();
    }

    private void requireWritable(String regionCode) {
        if (!access.covers(CurrentScope.get(), regionCode)) {
            throw ApiException.forbidden("ENTITY_OUT_OF_SCOPE");
        }
    }
}
