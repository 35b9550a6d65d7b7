package cn.gov.lyg.enforcement.inspection.entity;

import java.util.ArrayList;
import java.util.List;

/** The row report of a bulk import: counts, and the rejected rows (the first {@value #MAX_ERRORS}) with their code. */
public final class ImportReport {

    public static final int MAX_ERRORS = 1000;

    /** One rejected row: its line number in the file (header = 1), the code as given, the rule code and field. */
    public record RowError(int line, String uscc, String code, String field) {
    }

    private int rows;
    private int created;
    private int updated;
    private int unchanged;
    private int rejected;
    private final List<RowError> errors = new ArrayList<>();

    void reject(int line, String uscc, String code, String field) {
        rows++;
        rejected++;
        if (errors.size() < MAX_ERRORS) {
            errors.add(new RowError(line, uscc, code, field == null || field.isEmpty() ? null : field));
        }
    }

    void created() {
        rows++;
        created++;
    }

    void updated() {
        rows++;
        updated++;
    }

    void unchanged() {
        rows++;
        unchanged++;
    }

    public int getRows() {
        return rows;
    }

    public int getCreated() {
        return created;
    }

    public int getUpdated() {
        return updated;
    }

    public int getUnchanged() {
        return unchanged;
    }

    public int getRejected() {
        return rejected;
    }

    public List<RowError> getErrors() {
        return List.copyOf(errors);
    }
}
