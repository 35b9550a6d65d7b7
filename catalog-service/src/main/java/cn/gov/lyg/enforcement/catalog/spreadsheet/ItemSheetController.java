package cn.gov.lyg.enforcement.catalog.spreadsheet;

import cn.gov.lyg.enforcement.catalog.item.ItemFilter;
import cn.gov.lyg.enforcement.catalog.item.ItemStatus;
import cn.gov.lyg.enforcement.events.vocabulary.AdminLevel;
import cn.gov.lyg.enforcement.events.vocabulary.EnforcementDomain;
import cn.gov.lyg.enforcement.events.vocabulary.ItemType;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.security.policy.Authenticated;
import cn.gov.lyg.enforcement.platform.security.policy.CatalogAdminsOnly;
import cn.gov.lyg.enforcement.platform.web.ExportSlots;
import cn.gov.lyg.enforcement.platform.web.StreamingExport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** {@code /api/catalog/v1/items/import} and {@code /items/export}: the catalog as XLSX or CSV. */
@RestController
@RequestMapping("/api/catalog/v1/items")
@Tag(name = "items")
public class ItemSheetController {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final ItemSheetService sheets;
    private final ExportSlots exportSlots;

    public ItemSheetController(ItemSheetService sheets, ExportSlots exportSlots) {
        this.sheets = sheets;
        this.exportSlots = exportSlots;
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @CatalogAdminsOnly
    @Operation(summary = "Import drafts from XLSX or CSV (multipart 'file'); all or nothing unless validOnly=true")
    public ResponseEntity<ImportReport> importItems(@RequestPart("file") MultipartFile file,
                                                    @RequestParam(required = false) String format,
                                                    @RequestParam(required = false) Boolean validOnly)
            throws IOException {
        Sheets.Format f = Sheets.Format.of(format != null ? format : file.getOriginalFilename());
        try (InputStream in = file.getInputStream()) {
            ImportReport report = sheets.importItems(in, f, Boolean.TRUE.equals(validOnly));
            return ResponseEntity.status(report.imported() > 0 ? HttpStatus.CREATED : HttpStatus.OK).body(report);
        }
    }

    @GetMapping("/export")
    @Authenticated
    @Operation(summary = "Export the filtered catalog as XLSX (default) or CSV, in the import layout",
            description = "Streamed from the database cursor; one export per user at a time (429 EXPORT_IN_PROGRESS "
                    + "while the previous one runs). Cells starting with = + - @ are written with a leading apostrophe "
                    + "so spreadsheets show them as text; the import takes it off again.")
    public ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) String format,
                                                        @RequestParam(required = false) ItemType itemType,
                                                        @RequestParam(required = false) EnforcementDomain domain,
                                                        @RequestParam(required = false) String agencyCode,
                                                        @RequestParam(required = false) AdminLevel level,
                                                        @RequestParam(required = false) ItemStatus status,
                                                        @RequestParam(required = false) String q,
                                                        @RequestParam(required = false) LocalDate validOn) {
        Sheets.Format f;
        try {
            f = Sheets.Format.of(format == null ? "xlsx" : format);
        } catch (ApiException e) {
            throw ApiException.invalid("INVALID_PARAMETER", List.of(
                    cn.gov.lyg.enforcement.platform.problem.FieldViolation.of("format", "INVALID_PARAMETER")));
        }
        ItemFilter filter = new ItemFilter(itemType, domain, agencyCode, level, status, q, validOn);
        String name = "enforcement-items." + f.name().toLowerCase();
        return StreamingExport.of(exportSlots, name, f == Sheets.Format.CSV ? CSV : XLSX, out -> {
            if (f == Sheets.Format.CSV) {
                Sheets.writeCsv(out, ItemColumns.header(), sink -> sheets.export(filter, sink));
            } else {
                Sheets.writeXlsx(out, "行政执法事项", ItemColumns.header(), sink -> sheets.export(filter, sink));
            }
        });
    }
}
