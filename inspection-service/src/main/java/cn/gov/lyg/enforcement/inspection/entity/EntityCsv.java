package cn.gov.lyg.enforcement.inspection.entity;

import cn.gov.lyg.enforcement.inspection.shared.RuleViolation;
import cn.gov.lyg.enforcement.platform.identifier.UnifiedSocialCreditCode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the directory CSV one row at a time (UTF-8, optional BOM, RFC 4180 quoting, comma separated). The header
 * names the columns in any order: {@code uscc,name,entityType,regionCode} are required; optional
 * {@code townshipCode,address,latitude,longitude,industryCode,registrationStatus,licences,keySupervision,creditClass,
 * classDate,classSource}. {@code licences} are separated by {@code ;}; {@code registrationStatus} accepts the code
 * or 存续/吊销/注销/迁出; {@code keySupervision} true/false/是/否/1/0.
 */
final class EntityCsv {

    static final List<String> REQUIRED = List.of("uscc", "name", "entityType", "regionCode");
    private static final Map<String, RegistrationStatus> STATUS_NAMES = Arrays.stream(RegistrationStatus.values())
            .collect(Collectors.toMap(RegistrationStatus::displayName, s -> s));

    /** A parsed row, or the reason it could not be parsed. */
    record Row(int line, String rawUscc, EntityData data, String error, String field, UnifiedSocialCreditCode code) {

        Row withCode(UnifiedSocialCreditCode c) {
            return new Row(line, rawUscc, data, error, field, c);
        }
    }

    private final BufferedReader reader;
    private final Map<String, Integer> columns = new HashMap<>();
    private int line;

    EntityCsv(Reader in) throws IOException {
        this.reader = in instanceof BufferedReader b ? b : new BufferedReader(in, 1 << 16);
        String header = reader.readLine();
        line = 1;
        if (header == null) {
            throw RuleViolation.invalid("CSV_HEADER_INVALID", String.join(",", REQUIRED));
        }
        if (header.startsWith("\uFEFF")) {
            header = header.substring(1);
        }
        columns(split(header));
    }

    /** For rows that come as cells (a spreadsheet): the header row's cells name the columns as in a CSV. */
    EntityCsv(List<String> header) {
        this.reader = null;
        line = 1;
        columns(header);
    }

    private void columns(List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            columns.put(names.get(i).strip(), i);
        }
        if (!columns.keySet().containsAll(REQUIRED)) {
            throw RuleViolation.invalid("CSV_HEADER_INVALID", String.join(",", REQUIRED));
        }
    }

    /** A spreadsheet row (the next line number), parsed like a CSV line. */
    Row cells(List<String> fields) {
        line++;
        return parse(fields);
    }

    /** The next row, {@code null} at the end; blank lines are skipped. */
    Row next() throws IOException {
        String text;
        do {
            text = reader.readLine();
            line++;
            if (text == null) {
                return null;
            }
        } while (text.isBlank());
        List<String> fields;
        try {
            fields = split(text);
        } catch (IllegalArgumentException e) {
            return new Row(line, null, null, "CSV_ROW_MALFORMED", null, null);
        }
        return parse(fields);
    }

    private Row parse(List<String> fields) {
        String uscc = get(fields, "uscc");
        if (fields.size() > columns.size()) {
            return new Row(line, uscc, null, "CSV_ROW_MALFORMED", null, null);
        }
        try {
            EntityData data = new EntityData(uscc, get(fields, "name"),
                    parse(get(fields, "entityType"), "entityType", "ENTITY_TYPE_INVALID", EntityType::valueOf),
                    get(fields, "regionCode"), get(fields, "townshipCode"), get(fields, "address"),
                    parse(get(fields, "latitude"), "latitude", "LOCATION_INVALID", Double::valueOf),
                    parse(get(fields, "longitude"), "longitude", "LOCATION_INVALID", Double::valueOf),
                    get(fields, "industryCode"),
                    parse(get(fields, "registrationStatus"), "registrationStatus", "REGISTRATION_STATUS_INVALID",
                            s -> STATUS_NAMES.containsKey(s) ? STATUS_NAMES.get(s)
                                    : RegistrationStatus.valueOf(s.toUpperCase(Locale.ROOT))),
                    licences(get(fields, "licences")),
                    parse(get(fields, "keySupervision"), "keySupervision", "KEY_SUPERVISION_INVALID", EntityCsv::flag),
                    parse(get(fields, "creditClass"), "creditClass", "CREDIT_CLASS_INVALID",
                            s -> CreditRiskClass.valueOf(s.toUpperCase(Locale.ROOT))),
                    parse(get(fields, "classDate"), "classDate", "CLASS_DATE_INVALID", LocalDate::parse),
                    get(fields, "classSource"));
            return new Row(line, uscc, data, null, null, null);
        } catch (RuleViolation v) {
            return new Row(line, uscc, null, v.code(), String.valueOf(v.details().get("field")), null);
        }
    }

    private String get(List<String> fields, String column) {
        Integer i = columns.get(column);
        if (i == null || i >= fields.size()) {
            return null;
        }
        String v = fields.get(i).strip();
        return v.isEmpty() ? null : v;
    }

    private static <T> T parse(String value, String field, String code, java.util.function.Function<String, T> parser) {
        if (value == null) {
            return null;
        }
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw RuleViolation.invalid(code).with("field", field);
        }
    }

    private static Boolean flag(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "true", "1", "是", "y", "yes" -> Boolean.TRUE;
            case "false", "0", "否", "n", "no" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(s);
        };
    }

    private static Set<String> licences(String s) {
        if (s == null) {
            return Set.of();
        }
        return Arrays.stream(s.split(";")).map(String::strip).filter(x -> !x.isEmpty()).collect(Collectors.toSet());
    }

    /** RFC 4180 fields of one line (no line breaks inside quotes). */
    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("unterminated quote");
        }
        out.add(field.toString());
        return out;
    }
}
