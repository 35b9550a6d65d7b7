package cn.gov.lyg.enforcement.inspection.shared;

import cn.gov.lyg.enforcement.platform.problem.ApiException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Protects a citizen party's ID number kept on an inspection (PIPL, DOMAIN.md §2.0.1: stored encrypted, shown masked):
 * AES-256-GCM with a random 96-bit IV per value, stored as base64 of {@code IV ‖ ciphertext ‖ tag}. The number is
 * kept only so that the team can be re-checked against personnel's recusals at start and at submission; it is never
 * in an event, a view (masked there), a log line or a URL.
 *
 * <p>Key: {@code inspection.party-crypto-key} ({@code INSPECTION_PARTY_CRYPTO_KEY}, base64 of 32 bytes), never
 * committed. Without it the service starts, and an inspection of a citizen party is refused with
 * {@code 503 CITIZEN_PARTY_KEY_MISSING}.
 */
@Component
public class PartyIdCipher {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    public PartyIdCipher(@Value("${inspection.party-crypto-key:}") String base64Key) {
        if (base64Key == null || base64Key.isBlank()) {
            this.key = null;
            return;
        }
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64Key.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("inspection.party-crypto-key is not base64");
        }
        if (raw.length != 32) {
            throw new IllegalStateException("inspection.party-crypto-key must be 32 bytes (AES-256), not " + raw.length);
        }
        this.key = new SecretKeySpec(raw, "AES");
    }

    /** The stored form of an ID number. */
    public String encrypt(String idNumber) {
        SecretKeySpec k = requireKey();
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, k, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(idNumber.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv)
                    .put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt a party ID number", e);
        }
    }

    /** The ID number of a stored form written by {@link #encrypt}. */
    public String decrypt(String stored) {
        SecretKeySpec k = requireKey();
        byte[] all = Base64.getDecoder().decode(stored);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, k, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot decrypt a party ID number (wrong inspection.party-crypto-key?)", e);
        }
    }

    /** First 6 and last 4 characters, the rest starred (DOMAIN.md: display masked). */
    public static String mask(String idNumber) {
        if (idNumber == null || idNumber.length() < 10) {
            return "**********";
        }
        return idNumber.substring(0, 6) + "*".repeat(idNumber.length() - 10)
                + idNumber.substring(idNumber.length() - 4);
    }

    private SecretKeySpec requireKey() {
        if (key == null) {
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "CITIZEN_PARTY_KEY_MISSING");
        }
        return key;
    }
}
