/**
 * Shared validators for the identifiers every service handles, as plain Java (no Spring) plus Jakarta Bean
 * Validation constraints.
 *
 * <ul>
 *   <li>{@link cn.gov.lyg.enforcement.platform.identifier.UnifiedSocialCreditCode} — 统一社会信用代码,
 *       GB 32100-2015, with the admin-maintained {@link cn.gov.lyg.enforcement.platform.identifier.LegacyCreditCodes}
 *       whitelist;</li>
 *   <li>{@link cn.gov.lyg.enforcement.platform.identifier.CitizenIdNumber} — 公民身份号码, GB 11643-1999;</li>
 *   <li>{@link cn.gov.lyg.enforcement.platform.identifier.RegionCodes} — 行政区划代码, GB/T 2260, and the region
 *       hierarchy used for data scope.</li>
 * </ul>
 *
 * <p>Every rejection carries a stable UPPER_SNAKE error code ({@code USCC_CHECKSUM}, {@code ID_CARD_BIRTH_DATE},
 * {@code REGION_OBSOLETE}, ...). The constraint annotations ({@link cn.gov.lyg.enforcement.platform.identifier.ValidUscc},
 * {@link cn.gov.lyg.enforcement.platform.identifier.ValidCitizenId},
 * {@link cn.gov.lyg.enforcement.platform.identifier.ValidRegionCode}) put that code as the violation's message
 * template; the translations live in the {@code cn/gov/lyg/enforcement/platform/identifier/messages} bundle.
 */
package cn.gov.lyg.enforcement.platform.identifier;
