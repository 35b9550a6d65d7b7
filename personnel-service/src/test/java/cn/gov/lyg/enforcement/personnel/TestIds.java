package cn.gov.lyg.enforcement.personnel;

import cn.gov.lyg.enforcement.platform.identifier.CitizenIdNumber;
import cn.gov.lyg.enforcement.platform.identifier.UnifiedSocialCreditCode;
import java.util.concurrent.atomic.AtomicInteger;

/** Fresh, valid synthetic identifiers for tests (check characters computed). */
public final class TestIds {

    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 500));

    private TestIds() {
    }

    /** A valid citizen ID number born {@code yyyyMMdd} with a fresh sequence; odd sequence = male. */
    public static String citizenId(String region, String birth, boolean male) {
        int n = SEQ.incrementAndGet() % 500 * 2 + (male ? 1 : 0);
        String first17 = region + birth + String.format("%03d", n);
        return first17 + CitizenIdNumber.checkCharacter(first17);
    }

    public static String citizenId() {
        return citizenId("320706", "19850312", true);
    }

    /** A valid government-body credit code ({@code 11} + region + fresh body). */
    public static String uscc(String region) {
        String first17 = "11" + region + String.format("%09d", 300000000 + SEQ.incrementAndGet() * 7 % 99999999);
        return first17 + UnifiedSocialCreditCode.checkDigit(first17);
    }

    public static int next() {
        return SEQ.incrementAndGet();
    }
}
