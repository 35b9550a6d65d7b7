package cn.gov.lyg.enforcement.benchmark.benchmark;

/**
 * How a benchmark turns a statutory range into tiers (DOMAIN.md §2.2.3): A = SAMR 30/40/30 bands (default), B = the
 * middle tier is the standard one (MAX_ONLY: standard 40–60 %, lighter ≤ 20 %, heavier 60–100 %), C = factor
 * percentages (fine = min + (max − min) × Σ score × weight).
 */
public enum ComputationModel {
    A, B, C
}
