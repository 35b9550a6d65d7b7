package cn.gov.lyg.enforcement.personnel.officer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IdCardCipherTest {

    static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    static final String OTHER_KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
    final IdCardCipher cipher = new IdCardCipher(KEY);

    @Test
    void encryptsWithAFreshIvAndDecryptsBack() {
        String a = cipher.encrypt("320706198503120416");
        String b = cipher.encrypt("320706198503120416");
        assertThat(a).isNotEqualTo(b).doesNotContain("320706198503120416");
        assertThat(cipher.decrypt(a)).isEqualTo("320706198503120416");
        assertThat(cipher.decrypt(b)).isEqualTo("320706198503120416");
    }

    @Test
    void theLookupHashIsStableKeyedAndNotTheNumber() {
        assertThat(cipher.hash("320706198503120416")).isEqualTo(cipher.hash("320706198503120416"))
                .isNotEqualTo(cipher.hash("320706199602140572")).hasSize(64)
                .isNotEqualTo(new IdCardCipher(OTHER_KEY).hash("320706198503120416"));
    }

    @Test
    void aWrongKeyOrATamperedValueCannotBeDecrypted() {
        String sealed = cipher.encrypt("320706198503120416");
        assertThatThrownBy(() -> new IdCardCipher(OTHER_KEY).decrypt(sealed))
                .isInstanceOf(IllegalStateException.class).hasMessageNotContaining("320706");
        byte[] raw = Base64.getDecoder().decode(sealed.substring("k1:".length()));
        raw[raw.length - 1] ^= 1;
        assertThatThrownBy(() -> cipher.decrypt("k1:" + Base64.getEncoder().encodeToString(raw)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theKeyMustBe256Bits() {
        assertThatThrownBy(() -> new IdCardCipher(Base64.getEncoder().encodeToString(new byte[16])))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new IdCardCipher("")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PERSONNEL_CRYPTO_KEY");
        assertThatThrownBy(() -> new IdCardCipher(null)).isInstanceOf(IllegalStateException.class);
        assertThat(cipher.toString()).doesNotContain(KEY);
    }

    @Test
    void eachValueCarriesItsKeyIdAndOldKeysStillDecryptDuringARotation() {
        String old = cipher.encrypt("320706198503120416");
        assertThat(IdCardCipher.keyIdOf(old)).isEqualTo("k1");
        IdCardCipher rotated = new IdCardCipher("k2", OTHER_KEY, Map.of("k1", KEY), null);
        assertThat(rotated.isCurrent(old)).isFalse();
        assertThat(rotated.decrypt(old)).isEqualTo("320706198503120416");
        String fresh = rotated.encrypt("320706198503120416");
        assertThat(fresh).startsWith("k2:");
        assertThat(rotated.isCurrent(fresh)).isTrue();
        assertThatThrownBy(() -> cipher.decrypt(fresh)).as("k2 is unknown to the old configuration")
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("k2").hasMessageNotContaining("320706");
    }

    @Test
    void valuesWrittenBeforeKeyIdsAreDecryptedWithAnyConfiguredKey() {
        String legacy = cipher.encrypt("320706198503120416").substring("k1:".length());
        assertThat(IdCardCipher.keyIdOf(legacy)).isNull();
        assertThat(new IdCardCipher("k2", OTHER_KEY, Map.of("k1", KEY), null).decrypt(legacy))
                .isEqualTo("320706198503120416");
        assertThatThrownBy(() -> new IdCardCipher(OTHER_KEY).decrypt(legacy)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theLookupHashCanStayOnTheOldKeyWhileTheEncryptionKeyRotates() {
        IdCardCipher rotated = new IdCardCipher("k2", OTHER_KEY, Map.of("k1", KEY), "k1");
        assertThat(rotated.hash("320706198503120416")).isEqualTo(cipher.hash("320706198503120416"));
        assertThat(new IdCardCipher("k2", OTHER_KEY, Map.of("k1", KEY), null).hash("320706198503120416"))
                .isNotEqualTo(cipher.hash("320706198503120416"));
        assertThatThrownBy(() -> new IdCardCipher("k2", OTHER_KEY, Map.of(), "k1"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void previousKeysAreReadAsIdColonKeyPairs() {
        assertThat(IdCardCipher.parseKeyList("k0:" + KEY + ", k1:" + OTHER_KEY)).containsEntry("k0", KEY)
                .containsEntry("k1", OTHER_KEY);
        assertThat(IdCardCipher.parseKeyList("")).isEmpty();
        assertThatThrownBy(() -> IdCardCipher.parseKeyList(KEY)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theServiceShipsNoDefaultKeyOutsideTheDevProfile() throws Exception {
        var yaml = new org.springframework.beans.factory.config.YamlPropertiesFactoryBean();
        yaml.setResources(new org.springframework.core.io.ClassPathResource("application.yml"));
        assertThat(yaml.getObject().getProperty("personnel.crypto-key")).isEqualTo("${PERSONNEL_CRYPTO_KEY:}");
    }
}
