package cn.gov.lyg.enforcement.personnel.officer;

import cn.gov.lyg.enforcement.personnel.PersonnelProperties;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Protects citizen ID numbers at rest (PIPL, DOMAIN.md §2.0.1): AES-256-GCM with a random 96-bit IV per value,
 * stored as {@code <keyId>:<base64 of IV ‖ ciphertext ‖ tag>}, and an HMAC-SHA256 keyed hash for exact lookups and
 * the uniqueness index. Nothing here logs a value or a key.
 *
 * <p>Keys (base64, 32 bytes), never committed: {@code personnel.crypto-key} ({@code PERSONNEL_CRYPTO_KEY}, required:
 * start-up fails without it; the dev stack and the tests supply a dev key through the {@code dev} profile and the
 * test configuration) under the id {@code personnel.crypto-key-id} ({@code PERSONNEL_CRYPTO_KEY_ID}, default
 * {@code k1}); earlier keys for decryption during a rotation in {@code personnel.crypto-previous-keys}
 * ({@code PERSONNEL_CRYPTO_PREVIOUS_KEYS}, {@code id:base64,id:base64}). New values are encrypted with the current
 * key; a value is decrypted with the key its id names (values written before key ids existed: the current key,
 * then the previous ones). The lookup-hash key is derived from the key named by {@code personnel.crypto-hash-key-id}
 * (default: the current one). Rotation: {@link IdCardKeyRotation}.
 */
@Component
public class IdCardCipher {

    public static final String DEFAULT_KEY_ID = "k1";
    private static final Pattern KEY_ID = Pattern.compile("^[A-Za-z0-9_-]{1,16}$");
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private final String keyId;
    private final Map<String, SecretKeySpec> keys = new LinkedHashMap<>();
    private final String hashKeyId;
    private final SecretKeySpec hashKey;
    private final SecureRandom random = new SecureRandom();

    @Autowired
    public IdCardCipher(PersonnelProperties properties, Environment environment) {
        this(environment.getProperty("personnel.crypto-key-id", DEFAULT_KEY_ID), properties.cryptoKey(),
                parseKeyList(environment.getProperty("personnel.crypto-previous-keys", "")),
                environment.getProperty("personnel.crypto-hash-key-id"));
    }

    /** One key, id {@code k1} (tests). */
    public IdCardCipher(String base64Key) {
        this(DEFAULT_KEY_ID, base64Key, Map.of(), null);
    }

    /**
     * @param previousKeys id → base64 key of earlier keys, for decryption only
     * @param hashKeyId    the key whose derivation keys the lookup hash; null = the current key
     */
    public IdCardCipher(String keyId, String base64Key, Map<String, String> previousKeys, String hashKeyId) {
        if (base64Key == null || base64Key.isBlank()) {
            throw new IllegalStateException("PERSONNEL_CRYPTO_KEY (personnel.crypto-key) is not set: ID numbers "
                    + "cannot be protected. Set a base64 AES-256 key from a secret (the dev stack and tests use the "
                    + "dev profile's key).");
        }
        this.keyId = checkedId(keyId);
        previousKeys.forEach((id, key) -> keys.put(checkedId(id), aesKey(key)));
        keys.put(this.keyId, aesKey(base64Key));
        this.hashKeyId = hashKeyId == null || hashKeyId.isBlank() ? this.keyId : checkedId(hashKeyId.strip());
        SecretKeySpec hashBase = keys.get(this.hashKeyId);
        if (hashBase == null) {
            throw new IllegalStateException("personnel.crypto-hash-key-id names no configured key: " + this.hashKeyId);
        }
        this.hashKey = new SecretKeySpec(hmac(new SecretKeySpec(hashBase.getEncoded(), "HmacSHA256"),
                "id-card-lookup-v1"), "HmacSHA256");
    }

    public String currentKeyId() {
        return keyId;
    }

    public String hashKeyId() {
        return hashKeyId;
    }

    /** The id of the key a stored value was encrypted with, or null for values written before key ids. */
    public static String keyIdOf(String stored) {
        int colon = stored == null ? -1 : stored.indexOf(':');
        return colon > 0 ? stored.substring(0, colon) : null;
    }

    /** Whether a stored value is encrypted with the current key. */
    public boolean isCurrent(String stored) {
        return keyId.equals(keyIdOf(stored));
    }

    public String encrypt(String plain) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(keyId), new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return keyId + ":" + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                    .put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt", e);
        }
    }

    public String decrypt(String stored) {
        String id = keyIdOf(stored);
        if (id != null) {
            SecretKeySpec key = keys.get(id);
            if (key == null) {
                throw new IllegalStateException("a stored ID number is encrypted with key " + id
                        + ", which is not configured (personnel.crypto-previous-keys)");
            }
            return decrypt(key, stored.substring(id.length() + 1));
        }
        List<SecretKeySpec> candidates = new ArrayList<>(keys.values());
        java.util.Collections.reverse(candidates);
        for (SecretKeySpec key : candidates) {
            try {
                return decrypt(key, stored);
            } catch (IllegalStateException wrongKey) {
                // try the next configured key
            }
        }
        throw new IllegalStateException("cannot decrypt a stored ID number (wrong key?)");
    }

    /** Keyed hash (hex) of the normalised number, for lookups and the unique index. */
    public String hash(String plain) {
        return HexFormat.of().formatHex(hmac(hashKey, plain));
    }

    private static String decrypt(SecretKeySpec key, String base64) {
        try {
            byte[] all = Base64.getDecoder().decode(base64);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot decrypt a stored ID number (wrong key?)");
        }
    }

    private static SecretKeySpec aesKey(String base64Key) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64Key.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("a personnel crypto key is not valid base64");
        }
        if (raw.length != 32) {
            throw new IllegalStateException("a personnel crypto key must be 32 bytes (base64)");
        }
        return new SecretKeySpec(raw, "AES");
    }

    private static String checkedId(String id) {
        if (id == null || !KEY_ID.matcher(id.strip()).matches()) {
            throw new IllegalStateException("a personnel crypto key id must be 1-16 letters, digits, _ or -");
        }
        return id.strip();
    }

    /** {@code id:base64,id:base64} (base64 has no {@code :} or {@code ,}). */
    static Map<String, String> parseKeyList(String list) {
        Map<String, String> parsed = new LinkedHashMap<>();
        if (list == null || list.isBlank()) {
            return parsed;
        }
        for (String entry : list.split(",")) {
            int colon = entry.indexOf(':');
            if (colon <= 0) {
                throw new IllegalStateException("personnel.crypto-previous-keys entries are id:base64-key");
            }
            parsed.put(entry.substring(0, colon).strip(), entry.substring(colon + 1).strip());
        }
        return parsed;
    }

    private static byte[] hmac(SecretKeySpec k, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(k);
            return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "IdCardCipher[AES-256-GCM, key " + keyId + "]";
    }
}
