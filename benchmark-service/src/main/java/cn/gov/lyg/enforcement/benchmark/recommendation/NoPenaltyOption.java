package cn.gov.lyg.enforcement.benchmark.recommendation;

import cn.gov.lyg.enforcement.benchmark.law.Citation;

/**
 * A ground for not penalising: {@code mandatory} ones (Art. 33 §1 s1 minor violation, §2 no fault, Art. 30/31, a repeal
 * after the act, limitation) must be applied; discretionary ones (Art. 33 §1 s2 first violation, a 免罚清单 line) may be.
 * Education must still be given and recorded (Art. 33 §3) unless the act is no longer punishable at all.
 */
public record NoPenaltyOption(String code, boolean mandatory, Citation citation, boolean educationMeasureRequired,
                              String detail) {
}
