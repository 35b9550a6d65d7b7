package cn.gov.lyg.enforcement.inspection.draw;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * Commit–reveal of the draw nonce (public verification, DOMAIN.md §2.3.3 step 3): before the draw the task publishes
 * {@code nonceHash = SHA-256(nonce)}; the nonce itself stays secret until the draw, so nobody (the operator included)
 * can predict the seed while the population may still change, and after the draw the revealed nonce must hash to the
 * published value, so the operator cannot have re-drawn with another nonce.
 *
 * @param nonceHash the published commitment (64 lower-case hex digits)
 */
public record DrawCommitment(String nonceHash) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public DrawCommitment {
        if (!DrawHashing.isSha256Hex(nonceHash)) {
            throw new IllegalArgumentException("nonce hash must be 64 hex digits");
        }
        nonceHash = nonceHash.toLowerCase(Locale.ROOT);
    }

    /** A fresh 256-bit nonce as 64 lower-case hex digits. */
    public static String newNonce() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The commitment to a nonce. */
    public static DrawCommitment of(String nonce) {
        return new DrawCommitment(DrawHashing.sha256Hex(Objects.requireNonNull(nonce, "nonce")));
    }

    /** Whether a revealed nonce matches this commitment. */
    public boolean matches(String revealedNonce) {
        return revealedNonce != null && DrawHashing.sha256Hex(revealedNonce).equals(nonceHash);
    }
}
