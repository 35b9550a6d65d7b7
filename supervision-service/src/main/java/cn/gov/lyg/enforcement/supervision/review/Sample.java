package cn.gov.lyg.enforcement.supervision.review;

import java.util.List;

/**
 * The outcome of a draw: the sampled case ids in draw order, the seed, the population size and the SHA-256 of the
 * sorted population ids, so that anyone can re-run the draw and check it.
 */
public record Sample(List<String> caseIds, long seed, int populationSize, String populationHash) {
}
