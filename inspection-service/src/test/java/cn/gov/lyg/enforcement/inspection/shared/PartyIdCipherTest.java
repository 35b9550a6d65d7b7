package cn.gov.lyg.enforcement.inspection.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.lyg.enforcement.platform.problem.ApiException;
import org.junit.jupiter.api.Test;

/** A citizen party's ID number is stored encrypted (fresh IV each time), read back, and shown masked. */
class PartyIdCipherTest {

    private static final String KEY = "j9l5RhZhrBLlaWL0lF3wlvwuFm5sG0lN1/2jtvxYNxo=";
    private static final String ID = "320706199001010414";

    @Test
    void encryptsWithAFreshIvAndDecrypts() {
        PartyIdCipher cipher = new PartyIdCipher(KEY);
        String a = cipher.encrypt(ID);
        String b = cipher.encrypt(ID);
        assertThat(a).isNotEqualTo(b).doesNotContain(ID);
        assertThat(cipher.decrypt(a)).isEqualTo(ID);
        assertThat(cipher.decrypt(b)).isEqualTo(ID);
        assertThatThrownBy(() -> new PartyIdCipher("qneU4Bb2nSVI5YT26mrCsOPnRYcci4lQstgxkP2UKm8=").decrypt(a))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void masksAllButTheFirstSixAndLastFour() {
        assertThat(PartyIdCipher.mask(ID)).isEqualTo("320706********0414");
    }

    @Test
    void withoutAKeyACitizenPartyIsRefusedAndAWrongKeyStopsTheStart() {
        assertThatThrownBy(() -> new PartyIdCipher("").encrypt(ID)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status().value()).isEqualTo(503);
            assertThat(e.code()).isEqualTo("CITIZEN_PARTY_KEY_MISSING");
        });
        assertThatThrownBy(() -> new PartyIdCipher("c2hvcnQ=")).isInstanceOf(IllegalStateException.class);
    }
}
