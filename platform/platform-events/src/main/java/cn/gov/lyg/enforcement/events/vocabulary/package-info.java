/**
 * The shared vocabulary of the platform: the enumerations that the event contracts (the JSON Schemas under
 * {@code schemas/}) enumerate, each with its Chinese display name. Every service uses these types instead of a copy
 * of its own, so a service accepts exactly the values of the contract: {@code VocabularyContractTest} fails when an
 * enum here and a schema's {@code enum} disagree, or when a schema enumerates values that no vocabulary type covers.
 *
 * <p>State enums with transitions (an item's, certificate's, officer's or agency's status) stay with the aggregate
 * that owns the transitions; the owning service tests them against the schemas with {@link
 * cn.gov.lyg.enforcement.events.vocabulary.SchemaEnums}.
 */
package cn.gov.lyg.enforcement.events.vocabulary;
