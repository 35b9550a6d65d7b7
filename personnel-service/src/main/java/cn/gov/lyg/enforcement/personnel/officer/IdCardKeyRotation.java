package cn.gov.lyg.enforcement.personnel.officer;

import cn.gov.lyg.enforcement.personnel.auxiliary.AuxiliaryStaff;
import java.util.List;
import java.util.stream.Stream;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Key rotation of the stored citizen ID numbers: every encrypted value not under the current key
 * ({@link IdCardCipher#currentKeyId()}) is decrypted with the key its id names and encrypted again with the current
 * one, and its lookup hash is recomputed under the configured hash key. Idempotent (a second run changes nothing),
 * one document at a time with an optimistic check on {@code version} (a document changed meanwhile is left for the
 * next run), and it logs counts only, never a value.
 *
 * <p>Procedure: deploy with the new key as {@code PERSONNEL_CRYPTO_KEY} under a new {@code PERSONNEL_CRYPTO_KEY_ID}
 * and the old one in {@code PERSONNEL_CRYPTO_PREVIOUS_KEYS}; trigger the job ({@code POST
 * /api/personnel/v1/jobs/id-card-key-rotation}); once it reports {@code remaining = 0}, drop the old key. Keep
 * {@code PERSONNEL_CRYPTO_HASH_KEY_ID} on the old key while it is in use, since recusal declarations keep only the
 * party's hash (no ciphertext to recompute it from).
 */
@Service
public class IdCardKeyRotation {

    private static final Logger log = LoggerFactory.getLogger(IdCardKeyRotation.class);

    /** Where encrypted ID numbers live: collection, ciphertext field, lookup-hash field. */
    record Target(String collection, String cipherField, String hashField) {
    }

    static final List<Target> TARGETS = List.of(
            new Target(Officer.COLLECTION, "idCardCipher", "idCardHash"),
            new Target(AuxiliaryStaff.COLLECTION, "idCardCipher", "idCardHash"));

    /**
     * @param scanned     encrypted values read
     * @param reencrypted values re-encrypted under the current key
     * @param rehashed    lookup hashes that changed
     * @param remaining   values still not under the current key or hash (undecryptable, changed concurrently, or
     *                    a hash already held by another record)
     */
    public record Report(String keyId, String hashKeyId, int scanned, int reencrypted, int rehashed, int remaining) {
    }

    private final MongoTemplate mongo;
    private final IdCardCipher cipher;

    public IdCardKeyRotation(MongoTemplate mongo, IdCardCipher cipher) {
        this.mongo = mongo;
        this.cipher = cipher;
    }

    public Report run() {
        int scanned = 0;
        int reencrypted = 0;
        int rehashed = 0;
        int remaining = 0;
        for (Target target : TARGETS) {
            Query all = new Query(Criteria.where(target.cipherField()).ne(null));
            all.fields().include(target.cipherField(), target.hashField(), "version");
            try (Stream<Document> documents = mongo.stream(all, Document.class, target.collection())) {
                for (Document document : (Iterable<Document>) documents::iterator) {
                    scanned++;
                    Outcome outcome = rotate(target, document);
                    reencrypted += outcome.reencrypted ? 1 : 0;
                    rehashed += outcome.rehashed ? 1 : 0;
                    remaining += outcome.left ? 1 : 0;
                }
            }
        }
        log.info("ID-number key rotation to key {} (hash key {}): {} scanned, {} re-encrypted, {} re-hashed, "
                + "{} remaining", cipher.currentKeyId(), cipher.hashKeyId(), scanned, reencrypted, rehashed, remaining);
        return new Report(cipher.currentKeyId(), cipher.hashKeyId(), scanned, reencrypted, rehashed, remaining);
    }

    private record Outcome(boolean reencrypted, boolean rehashed, boolean left) {
    }

    private Outcome rotate(Target target, Document document) {
        String stored = document.getString(target.cipherField());
        String plain;
        try {
            plain = cipher.decrypt(stored);
        } catch (IllegalStateException e) {
            log.warn("{} {}: the stored ID number cannot be decrypted with the configured keys (key id {})",
                    target.collection(), document.get("_id"), IdCardCipher.keyIdOf(stored));
            return new Outcome(false, false, true);
        }
        boolean reencrypt = !cipher.isCurrent(stored);
        String hash = cipher.hash(plain);
        boolean rehash = !hash.equals(document.getString(target.hashField()));
        if (!reencrypt && !rehash) {
            return new Outcome(false, false, false);
        }
        Query same = new Query(Criteria.where("_id").is(document.get("_id")).and("version").is(document.get("version"))
                .and(target.cipherField()).is(stored));
        Update update = new Update().set(target.cipherField(), reencrypt ? cipher.encrypt(plain) : stored)
                .set(target.hashField(), hash).inc("version", 1);
        boolean written;
        try {
            written = mongo.updateFirst(same, update, target.collection()).getModifiedCount() == 1;
        } catch (DuplicateKeyException e) {
            // the recomputed hash is another record's: two records hold the same number, a data problem to resolve
            log.warn("{} {}: its lookup hash under key {} is already another record's (same ID number twice)",
                    target.collection(), document.get("_id"), cipher.hashKeyId());
            written = false;
        }
        return new Outcome(written && reencrypt, written && rehash, !written);
    }
}
