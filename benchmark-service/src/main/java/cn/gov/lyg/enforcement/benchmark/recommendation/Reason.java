package cn.gov.lyg.enforcement.benchmark.recommendation;

import cn.gov.lyg.enforcement.benchmark.law.Citation;

/** One step of a recommendation, with the provision it rests on. */
public record Reason(String code, Citation citation, String detail) {
}
