package cn.gov.lyg.enforcement.catalog.spreadsheet;

import cn.gov.lyg.enforcement.catalog.item.EnforcementItem;
import cn.gov.lyg.enforcement.catalog.item.ItemDefinition;
import cn.gov.lyg.enforcement.catalog.item.ItemFilter;
import cn.gov.lyg.enforcement.catalog.item.ItemRules;
import cn.gov.lyg.enforcement.catalog.item.ItemService;
import cn.gov.lyg.enforcement.platform.agency.Agency;
import cn.gov.lyg.enforcement.platform.agency.AgencyDirectory;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import cn.gov.lyg.enforcement.platform.problem.ProblemExceptionHandler;
import cn.gov.lyg.enforcement.platform.security.policy.Authenticated;
import cn.gov.lyg.enforcement.platform.security.policy.CatalogAdminsOnly;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/**
 * Spreadsheet import (catalog admins) and export (any authenticated caller) of the catalog. An import checks every
 * row (format, field constraints, rules C1–C5, duplicate codes in the file and in the catalog) before writing
 * anything: with errors nothing is imported ({@code IMPORT_INVALID_ROWS} with the report) unless the caller asks
 * for the valid rows only. Imported rows become drafts.
 */
@Service
public class ItemSheetService {

    private static final int EXPORT_LIMIT = 50_000;
    private final ItemService items;
    private final AgencyDirectory agencies;
    private final Validator validator;
    private final Clock clock;

    public ItemSheetService(ItemService items, AgencyDirectory agencies, Validator validator,
                            Clock clock) {
        this.items = items;
        this.agencies = agencies;
        this.validator = validator;
        this.clock = clock;
    }

    @CatalogAdminsOnly
    public ImportReport importItems(InputStream in, Sheets.Format format, boolean validOnly) {
        List<List<String>> rows = Sheets.read(in, format);
        if (rows.isEmpty()) {
            throw ApiException.badRequest("IMPORT_EMPTY");
        }
        List<FieldViolation> headerErrors = new ArrayList<>();
        Map<String, Integer> columns = ItemColumns.columnsOf(rows.get(0), headerErrors);
        if (!headerErrors.isEmpty()) {
            throw ApiException.invalid("IMPORT_HEADER_INVALID", headerErrors);
        }
        List<Integer> rowNumbers = new ArrayList<>();
        List<ItemDefinition> definitions = new ArrayList<>();
        List<List<FieldViolation>> rowErrors = new ArrayList<>();
        Set<String> agencyCodes = new HashSet<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.stream().allMatch(cell -> cell == null || cell.isBlank())) {
                continue;
            }
            List<FieldViolation> errors = new ArrayList<>();
            ItemDefinition definition = ItemColumns.parse(row, columns, errors);
            rowNumbers.add(r + 1);
            definitions.add(definition);
            rowErrors.add(errors);
            definition.implementingAgencyCodes().stream().filter(java.util.Objects::nonNull).forEach(agencyCodes::add);
        }
        if (definitions.isEmpty()) {
            throw ApiException.badRequest("IMPORT_EMPTY");
        }
        Map<String, Agency> known = agencies.find(agencyCodes);
        Set<String> taken = items.existingCodes(definitions.stream().map(ItemDefinition::itemCode)
                .filter(java.util.Objects::nonNull).toList());
        Map<String, Integer> firstRowOfCode = new HashMap<>();
        List<ImportReport.RowError> report = new ArrayList<>();
        List<EnforcementItem> valid = new ArrayList<>();
        for (int i = 0; i < definitions.size(); i++) {
            ItemDefinition d = definitions.get(i);
            List<FieldViolation> errors = rowErrors.get(i);
            if (errors.isEmpty()) {
                for (ConstraintViolation<ItemDefinition> v : validator.validate(d)) {
                    errors.add(FieldViolation.of(v.getPropertyPath().toString(), ProblemExceptionHandler.codeOf(v)));
                }
            }
            if (errors.isEmpty()) {
                errors.addAll(ItemRules.check(d, known));
            }
            if (d.itemCode() != null) {
                if (taken.contains(d.itemCode())) {
                    errors.add(FieldViolation.of("itemCode", "ITEM_CODE_DUPLICATE"));
                } else if (firstRowOfCode.putIfAbsent(d.itemCode(), rowNumbers.get(i)) != null) {
                    errors.add(FieldViolation.of("itemCode", "ITEM_CODE_DUPLICATE"));
                }
            }
            int row = rowNumbers.get(i);
            errors.forEach(e -> report.add(new ImportReport.RowError(row, d.itemCode(), e.field(), e.code())));
            if (errors.isEmpty()) {
                valid.add(EnforcementItem.draft(d, clock));
            }
        }
        int invalid = definitions.size() - valid.size();
        if (invalid > 0 && !validOnly) {
            throw ApiException.invalid("IMPORT_INVALID_ROWS", List.of())
                    .with("report", new ImportReport(definitions.size(), valid.size(), invalid, 0, false, report,
                            List.of()));
        }
        List<String> ids = valid.isEmpty() ? List.of()
                : items.insertAll(valid).stream().map(EnforcementItem::getId).toList();
        return new ImportReport(definitions.size(), valid.size(), invalid, ids.size(), validOnly, report, ids);
    }

    /**
     * The filtered catalog as a table, in item-code order (drafts only for catalog admins, like search), handed to
     * {@code sink} one row at a time as the database cursor reads them: nothing is collected in memory.
     */
    @Authenticated
    public void export(ItemFilter filter, Consumer<List<String>> sink) {
        items.forEachDocument(filter, Sort.by("definition.itemCode"), EXPORT_LIMIT,
                item -> sink.accept(ItemColumns.row(item)));
    }

}
