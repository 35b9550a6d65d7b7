package cn.gov.lyg.enforcement.inspection.draw;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 helpers of the draw algorithm (every string is hashed as UTF-8; hashes are lower-case hex). */
public final class DrawHashing {

    private static final HexFormat HEX = HexFormat.of();

    private DrawHashing() {
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    public static String sha256Hex(String text) {
        return HEX.formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    public static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    /** The first 8 bytes of a digest as an unsigned rank (compare with {@link Long#compareUnsigned}). */
    public static long rank(MessageDigest digest, String text) {
        digest.reset();
        byte[] d = digest.digest(text.getBytes(StandardCharsets.UTF_8));
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (d[i] & 0xFF);
        }
        return v;
    }

    /** Whether the string is a lower- or upper-case hex SHA-256 (64 hex digits). */
    public static boolean isSha256Hex(String s) {
        if (s == null || s.length() != 64) {
            return false;
        }
        for (int i = 0; i < 64; i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
