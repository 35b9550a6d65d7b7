package cn.gov.lyg.enforcement.catalog.spreadsheet;

import cn.gov.lyg.enforcement.catalog.item.EnforcementItem;
import cn.gov.lyg.enforcement.catalog.item.ItemDefinition;
import cn.gov.lyg.enforcement.catalog.item.LawRef;
import cn.gov.lyg.enforcement.events.vocabulary.AdminLevel;
import cn.gov.lyg.enforcement.events.vocabulary.EnforcementDomain;
import cn.gov.lyg.enforcement.events.vocabulary.ExerciseMode;
import cn.gov.lyg.enforcement.events.vocabulary.ItemType;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The spreadsheet layout of the catalog: one row per item, one column per field of {@link ItemDefinition}.
 * Headers may be the field names or the Chinese labels; enum cells take the code or the Chinese display name;
 * lists are separated by {@code ;} (also {@code ；}, {@code 、}, line breaks); a legal reference is
 * {@code 法律名称|条|款|项}. Export writes the same layout, so that an exported file can be imported again.
 */
public final class ItemColumns {

    /** field name, Chinese label, required. */
    record Column(String field, String label, boolean required) {
    }

    static final List<Column> COLUMNS = List.of(
            new Column("itemCode", "事项编码", true),
            new Column("provincialItemCode", "省级事项编码", false),
            new Column("name", "事项名称", true),
            new Column("itemType", "事项类型", true),
            new Column("domain", "执法领域", true),
            new Column("parentItemId", "主项ID", false),
            new Column("settingBasis", "设定依据", false),
            new Column("implementingBasis", "实施依据", true),
            new Column("implementingAgencyCodes", "实施主体", true),
            new Column("handlingUnit", "承办机构", false),
            new Column("exerciseLevels", "行使层级", true),
            new Column("exerciseMode", "行使方式", true),
            new Column("randomCheckItem", "随机抽查事项", false),
            new Column("keySupervision", "重点监管", false),
            new Column("relatedCoercionItemIds", "相关行政强制事项ID", false),
            new Column("accountabilityCases", "追责情形", false),
            new Column("validFrom", "生效日期", false),
            new Column("validTo", "失效日期", false));

    private static final String LIST_SPLIT = "[;；、\\n\\r]+";

    private ItemColumns() {
    }

    public static List<String> header() {
        return COLUMNS.stream().map(c -> c.label() + "(" + c.field() + ")").toList();
    }

    public static List<String> row(EnforcementItem item) {
        ItemDefinition d = item.getDefinition();
        return List.of(d.itemCode(), nz(d.provincialItemCode()), d.name(), d.itemType().name(), d.domain().name(),
                nz(d.parentItemId()), refs(d.settingBasis()), refs(d.implementingBasis()),
                String.join(";", d.implementingAgencyCodes()),
                nz(d.handlingUnit()), d.exerciseLevels().stream().sorted().map(Enum::name)
                        .collect(Collectors.joining(";")), d.exerciseMode().name(),
                Boolean.toString(d.randomCheckItem()), Boolean.toString(d.keySupervision()),
                String.join(";", d.relatedCoercionItemIds()), nz(d.accountabilityCases()),
                Sheets.date(item.getValidFrom()), Sheets.date(item.getValidTo()));
    }

    /** Maps header cells to column indexes; unknown headers are violations, missing required ones too. */
    static Map<String, Integer> columnsOf(List<String> header, List<FieldViolation> errors) {
        Map<String, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String cell = header.get(i) == null ? "" : header.get(i).trim();
            if (cell.isEmpty()) {
                continue;
            }
            Column column = COLUMNS.stream().filter(c -> matches(c, cell)).findFirst().orElse(null);
            if (column == null) {
                errors.add(FieldViolation.of(cell, "IMPORT_HEADER_INVALID"));
            } else {
                index.put(column.field(), i);
            }
        }
        COLUMNS.stream().filter(Column::required).filter(c -> !index.containsKey(c.field()))
                .forEach(c -> errors.add(FieldViolation.of(c.field(), "IMPORT_HEADER_INVALID")));
        return index;
    }

    private static boolean matches(Column c, String cell) {
        String bare = cell.replaceAll("\\s", "");
        return bare.equalsIgnoreCase(c.field()) || bare.equals(c.label())
                || bare.equalsIgnoreCase(c.label() + "(" + c.field() + ")")
                || bare.equalsIgnoreCase(c.label() + "（" + c.field() + "）");
    }

    /** Parses one data row; parse errors go to {@code errors} with the column's field name. */
    static ItemDefinition parse(List<String> row, Map<String, Integer> columns, List<FieldViolation> errors) {
        Cells cells = new Cells(row, columns, errors);
        return new ItemDefinition(cells.text("itemCode"), cells.text("provincialItemCode"), cells.text("name"),
                cells.enumValue("itemType", ItemType.class, ItemType::displayName),
                cells.enumValue("domain", EnforcementDomain.class, EnforcementDomain::displayName),
                cells.text("parentItemId"), cells.refs("settingBasis"), cells.refs("implementingBasis"),
                cells.list("implementingAgencyCodes"), cells.text("handlingUnit"),
                new LinkedHashSet<>(cells.list("exerciseLevels").stream()
                        .map(v -> cells.enumOf("exerciseLevels", v, AdminLevel.class, AdminLevel::displayName))
                        .filter(java.util.Objects::nonNull).toList()),
                cells.enumValue("exerciseMode", ExerciseMode.class, ExerciseMode::displayName),
                cells.bool("randomCheckItem"), cells.bool("keySupervision"), cells.list("relatedCoercionItemIds"),
                cells.text("accountabilityCases"), cells.date("validFrom"), cells.date("validTo"));
    }

    private static String refs(List<LawRef> refs) {
        return refs.stream().map(r -> r.lawName() + "|" + r.article() + (r.paragraph() != null || r.item() != null
                ? "|" + nz(r.paragraph()) : "") + (r.item() != null ? "|" + r.item() : ""))
                .collect(Collectors.joining(";"));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Typed access to one row's cells. */
    private record Cells(List<String> row, Map<String, Integer> columns, List<FieldViolation> errors) {

        String text(String field) {
            Integer i = columns.get(field);
            if (i == null || i >= row.size() || row.get(i) == null) {
                return null;
            }
            String value = row.get(i).trim();
            return value.isEmpty() ? null : value;
        }

        List<String> list(String field) {
            String value = text(field);
            return value == null ? List.of() : Arrays.stream(value.split(LIST_SPLIT + "|[,，\\s]+"))
                    .map(String::trim).filter(s -> !s.isEmpty()).toList();
        }

        List<LawRef> refs(String field) {
            String value = text(field);
            if (value == null) {
                return List.of();
            }
            List<LawRef> refs = new ArrayList<>();
            for (String entry : value.split(LIST_SPLIT)) {
                if (entry.isBlank()) {
                    continue;
                }
                String[] parts = entry.split("\\|", -1);
                if (parts.length < 2 || parts[0].isBlank() || parts[1].isBlank() || parts.length > 4) {
                    errors.add(FieldViolation.of(field, "INVALID_FIELD_VALUE"));
                    continue;
                }
                refs.add(new LawRef(parts[0].trim(), parts[1].trim(), part(parts, 2), part(parts, 3)));
            }
            return refs;
        }

        private static String part(String[] parts, int i) {
            return parts.length > i && !parts[i].isBlank() ? parts[i].trim() : null;
        }

        <E extends Enum<E>> E enumValue(String field, Class<E> type, Function<E, String> name) {
            String value = text(field);
            return value == null ? null : enumOf(field, value, type, name);
        }

        <E extends Enum<E>> E enumOf(String field, String value, Class<E> type, Function<E, String> name) {
            for (E e : type.getEnumConstants()) {
                if (e.name().equalsIgnoreCase(value.trim()) || name.apply(e).equals(value.trim())) {
                    return e;
                }
            }
            errors.add(FieldViolation.of(field, "INVALID_FIELD_VALUE"));
            return null;
        }

        Boolean bool(String field) {
            String value = text(field);
            if (value == null) {
                return false;
            }
            String v = value.toLowerCase(Locale.ROOT);
            if (Set.of("true", "是", "y", "yes", "1").contains(v)) {
                return true;
            }
            if (Set.of("false", "否", "n", "no", "0").contains(v)) {
                return false;
            }
            errors.add(FieldViolation.of(field, "INVALID_FIELD_VALUE"));
            return false;
        }

        LocalDate date(String field) {
            String value = text(field);
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value.replace('/', '-').replace('.', '-'));
            } catch (DateTimeParseException e) {
                errors.add(FieldViolation.of(field, "INVALID_FIELD_VALUE"));
                return null;
            }
        }
    }
}
