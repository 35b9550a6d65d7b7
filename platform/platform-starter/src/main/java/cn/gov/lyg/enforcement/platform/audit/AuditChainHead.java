package cn.gov.lyg.enforcement.platform.audit;

/**
 * The head of an aggregate's audit chain, stored in the aggregate document and written in the same single-document
 * write as the lines it heads ({@link AuditChain}).
 *
 * @param chainId a random id given when the chain starts (a re-created document starts a new chain)
 * @param seq     the sequence number of the last line (the first line is 1)
 * @param hash    the hash of the last line
 */
public record AuditChainHead(String chainId, long seq, String hash) {
}
