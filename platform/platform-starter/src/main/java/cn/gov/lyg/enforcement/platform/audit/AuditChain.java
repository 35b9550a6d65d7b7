package cn.gov.lyg.enforcement.platform.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;

/**
 * The hash chain of the audit trail (全过程留痕): every audit line carries the hash of the line before it in the
 * chain of its aggregate, and its own hash over its canonical content, so a changed line no longer matches its hash
 * and a removed line leaves a gap in the sequence (or a link that points at nothing).
 *
 * <p><b>Why one chain per aggregate.</b> The head of the chain (chain id, last sequence number, last hash) is stored
 * in the aggregate document itself ({@link AuditChainHead}), and the new lines are computed while that document is
 * saved, in the same single-document write that carries them in the outbox. The save is conditional on the
 * document's {@code @Version}: two writers that read the same head both compute sequence n+1, but only one of their
 * writes matches the version; the other fails with an optimistic-locking error and its lines never exist (they were
 * only in its outbox). So concurrent writers cannot fork a chain, without transactions and without a global
 * counter; the relay then copies the lines to {@code audit_trail} in any order and idempotently (the line id is the
 * {@code _id}), and the verifier orders them by sequence. A per-day chain would need a sequence claimed atomically
 * across all writers of a service and the previous line's hash at the moment of writing, i.e. a second write outside
 * the aggregate's document and a window in which a crash leaves a hole that looks like a removal.
 *
 * <p><b>Hash.</b> SHA-256 over {@code prevHash + "\n" + canonical line}, or HMAC-SHA256 with
 * {@code enforcement.audit.chain-key} when a key is configured (then a person who can write the database but does not
 * hold the key cannot recompute a consistent chain after an edit). The canonical line is the stored document without
 * {@code hash}, keys sorted, values in a type-neutral text form (numbers as decimal text, dates as ISO instants in
 * milliseconds), so it is the same whether it is computed from the JSON in the outbox or from the document read back.
 */
public final class AuditChain {

    /** The previous hash of the first line of a chain. */
    public static final String GENESIS = "0".repeat(64);
    public static final String SHA_256 = "SHA-256";
    public static final String HMAC_SHA_256 = "HMAC-SHA256";

    private final byte[] key;

    /** @param key the HMAC key; null or blank for plain SHA-256 */
    public AuditChain(String key) {
        this.key = key == null || key.isBlank() ? null : key.getBytes(StandardCharsets.UTF_8);
    }

    /** A chain without a key (plain SHA-256). */
    public static AuditChain unkeyed() {
        return new AuditChain(null);
    }

    /** The algorithm new lines are hashed with. */
    public String algorithm() {
        return key == null ? SHA_256 : HMAC_SHA_256;
    }

    /** Whether this chain can check lines hashed with {@code algorithm}. */
    public boolean canVerify(String algorithm) {
        return SHA_256.equals(algorithm) || (HMAC_SHA_256.equals(algorithm) && key != null);
    }

    /** The hash of a line (in its stored form) chained to {@code prevHash}, with the line's own algorithm. */
    public String hash(String prevHash, Document storedLine, String algorithm) {
        String text = (prevHash == null ? GENESIS : prevHash) + "\n" + canonical(storedLine);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try {
            if (HMAC_SHA_256.equals(algorithm)) {
                if (key == null) {
                    throw new IllegalStateException("audit line hashed with a key, but no enforcement.audit.chain-key");
                }
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(key, "HmacSHA256"));
                return HexFormat.of().formatHex(mac.doFinal(bytes));
            }
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException | java.security.InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The stored form of an audit line from its JSON (as the outbox carries it): {@code id} becomes {@code _id} and
     * the {@code at} instant a BSON date. The relay writes exactly this document; the writer hashes exactly this.
     */
    public static Document toStored(String json) {
        Document entry = Document.parse(json);
        entry.put("_id", entry.remove("id"));
        Object at = entry.get("at");
        if (at instanceof String text) {
            entry.put("at", Date.from(Instant.parse(text)));
        }
        return entry;
    }

    /** The canonical text of a stored line: every field except {@code hash}, keys sorted. */
    public static String canonical(Document storedLine) {
        Map<String, Object> sorted = new TreeMap<>(storedLine);
        sorted.remove("hash");
        StringBuilder out = new StringBuilder();
        write(sorted, out);
        return out.toString();
    }

    @SuppressWarnings("unchecked")
    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Map<?, ?> map) {
            Map<String, Object> sorted = new TreeMap<>();
            ((Map<Object, Object>) map).forEach((k, v) -> sorted.put(String.valueOf(k), v));
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, Object> e : sorted.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(e.getKey(), out);
                out.append(':');
                write(e.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(list.get(i), out);
            }
            out.append(']');
        } else if (value instanceof Date date) {
            string(date.toInstant().toString(), out);
        } else if (value instanceof Instant instant) {
            string(Instant.ofEpochMilli(instant.toEpochMilli()).toString(), out);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Byte) {
            out.append(((Number) value).longValue());
        } else if (value instanceof Double || value instanceof Float) {
            out.append(new java.math.BigDecimal(value.toString()).stripTrailingZeros().toPlainString());
        } else if (value instanceof Decimal128 decimal) {
            out.append(decimal.bigDecimalValue().stripTrailingZeros().toPlainString());
        } else if (value instanceof java.math.BigDecimal decimal) {
            out.append(decimal.stripTrailingZeros().toPlainString());
        } else if (value instanceof Boolean b) {
            out.append(b);
        } else if (value instanceof ObjectId id) {
            string(id.toHexString(), out);
        } else {
            string(value.toString(), out);
        }
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
