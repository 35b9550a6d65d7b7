/**
 * The agency directory: a service's read-only copy of personnel-service's agency register, for services that check
 * agencies (an implementing agency, an inspecting agency, a benchmark's issuing agency, a supervised agency) without
 * calling personnel-service.
 *
 * <h2>What it does</h2>
 * <ul>
 *   <li>{@link cn.gov.lyg.enforcement.platform.agency.AgencyDirectory}: lookups by agency code (unified social credit
 *       code, the {@code agencyCode} claim of tokens): {@code find(code)}, {@code find(codes)},
 *       {@code isActive(code)}, {@code activeInRegion(prefix)}. Entries are
 *       {@link cn.gov.lyg.enforcement.platform.agency.Agency} records (code, name, region, kind, level, domains in the
 *       shared vocabulary, supervising judicial bureau, active) with {@code enforcesIn(domain)} and
 *       {@code isTownship()}.</li>
 *   <li>{@link cn.gov.lyg.enforcement.platform.agency.AgencyEventConsumer}: follows {@code personnel.agencies.v1}
 *       (AgencyRegistered, AgencyChanged, AgencyClosed, each with the whole agency); idempotent per event id
 *       ({@code ProcessedEvents}) and per agency version (an older or equal version never overwrites a newer entry);
 *       a value outside the shared vocabulary is a contract violation and goes to the DLT.</li>
 *   <li>{@link cn.gov.lyg.enforcement.platform.agency.ReferenceAgencySeeder}: loads the Lianyungang reference
 *       agencies ({@link cn.gov.lyg.enforcement.platform.agency.ReferenceAgencies#LOCATION}, the same file personnel
 *       registers) into an empty directory at start-up, so the checks work before the first event; an event always
 *       replaces a reference entry.</li>
 * </ul>
 *
 * <h2>How a service uses it</h2>
 * <pre>
 * # application.yml
 * enforcement:
 *   agency-directory:
 *     enabled: true                    # off by default
 *     consumer-group: catalog-agencies # default: &lt;spring.application.name&gt;-agencies
 *     collection: agencies             # default
 *     consumer.enabled: true           # default; false in a test that fills the directory itself
 *     reference.enabled: true          # default; false where only personnel's announcements count
 * </pre>
 * Then inject {@code AgencyDirectory} into the feature's service and ask it, e.g.
 * {@code directory.find(command.agencyCode()).filter(Agency::active)} and turn a missing or inactive agency into the
 * feature's own rule code ({@code AGENCY_UNKNOWN} and the like) in the feature's {@code *Rules}. Do not write to the
 * directory from a feature: personnel-service owns agencies.
 *
 * <p>In tests, {@code @ServiceTest} runs embedded Kafka, so {@code TestEvents.publish(...)} of an
 * {@code AgencyRegistered} reaches the consumer; await
 * {@code processedEvents.isProcessed(consumer.consumer(), eventId)} before asserting.
 */
package cn.gov.lyg.enforcement.platform.agency;
