package cn.gov.lyg.enforcement.personnel.officer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
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
        byte[] raw = Base64.getDecoder().decode(sealed);
        raw[raw.length - 1] ^= 1;
        assertThatThrownBy(() -> cipher.decrypt(Base64.getEncoder().encodeToString(raw)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theKeyMustBe256Bits() {
        assertThatThrownBy(() -> new IdCardCipher(Base64.getEncoder().encodeToString(new byte[16])))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new IdCardCipher("")).isInstanceOf(IllegalStateException.class);
        assertThat(cipher.toString()).doesNotContain(KEY);
    }
}
