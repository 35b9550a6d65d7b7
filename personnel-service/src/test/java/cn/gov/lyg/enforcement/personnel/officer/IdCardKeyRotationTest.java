package cn.gov.lyg.enforcement.personnel.officer;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.lyg.enforcement.personnel.auxiliary.AuxiliaryStaff;
import cn.gov.lyg.enforcement.platform.test.EmbeddedMongo;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

class IdCardKeyRotationTest {

    static final String K1 = Base64.getEncoder().encodeToString(new byte[32]);
    static final String K2 = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
    static final String ID = "320706198503120416";

    private final MongoClient client = MongoClients.create(EmbeddedMongo.get().uri());
    private final MongoTemplate mongo = new MongoTemplate(client, "rotation-" + UUID.randomUUID());
    private final IdCardCipher before = new IdCardCipher(K1);

    @AfterEach
    void close() {
        mongo.getDb().drop();
        client.close();
    }

    private void insert(String collection, String id, String cipher, String hash) {
        mongo.insert(new Document("_id", id).append("idCardCipher", cipher).append("idCardHash", hash)
                .append("version", 3L), collection);
    }

    private Document read(String collection, String id) {
        return mongo.findById(id, Document.class, collection);
    }

    @Test
    void everyValueEndsUnderTheNewKeyAndASecondRunChangesNothing() {
        insert(Officer.COLLECTION, "o1", before.encrypt(ID), before.hash(ID));
        insert(Officer.COLLECTION, "o2", before.encrypt(ID).substring(3), before.hash(ID));
        insert(AuxiliaryStaff.COLLECTION, "a1", before.encrypt("320706199602140572"),
                before.hash("320706199602140572"));
        IdCardCipher after = new IdCardCipher("k2", K2, Map.of("k1", K1), "k1");

        IdCardKeyRotation.Report report = new IdCardKeyRotation(mongo, after).run();
        assertThat(report.scanned()).isEqualTo(3);
        assertThat(report.reencrypted()).isEqualTo(3);
        assertThat(report.rehashed()).as("the hash key stayed on k1").isZero();
        assertThat(report.remaining()).isZero();

        Document o1 = read(Officer.COLLECTION, "o1");
        assertThat(o1.getString("idCardCipher")).startsWith("k2:");
        assertThat(new IdCardCipher("k2", K2, Map.of(), null).decrypt(o1.getString("idCardCipher"))).isEqualTo(ID);
        assertThat(o1.get("version", Number.class).longValue()).isEqualTo(4L);
        assertThat(read(AuxiliaryStaff.COLLECTION, "a1").getString("idCardCipher")).startsWith("k2:");

        IdCardKeyRotation.Report again = new IdCardKeyRotation(mongo, after).run();
        assertThat(again.reencrypted()).isZero();
        assertThat(again.remaining()).isZero();
        assertThat(read(Officer.COLLECTION, "o1").get("version", Number.class).longValue()).isEqualTo(4L);
    }

    @Test
    void movingTheHashKeyRecomputesTheLookupHashes() {
        insert(Officer.COLLECTION, "o1", before.encrypt(ID), before.hash(ID));
        IdCardCipher after = new IdCardCipher("k2", K2, Map.of("k1", K1), null);
        IdCardKeyRotation.Report report = new IdCardKeyRotation(mongo, after).run();
        assertThat(report.rehashed()).isEqualTo(1);
        assertThat(read(Officer.COLLECTION, "o1").getString("idCardHash")).isEqualTo(after.hash(ID))
                .isNotEqualTo(before.hash(ID));
    }

    @Test
    void aHashAnotherRecordAlreadyHoldsIsReportedAndTheRunGoesOn() {
        mongo.indexOps(Officer.COLLECTION).createIndex(new org.springframework.data.mongodb.core.index.Index()
                .on("idCardHash", org.springframework.data.domain.Sort.Direction.ASC).unique());
        IdCardCipher after = new IdCardCipher("k2", K2, Map.of("k1", K1), null);
        insert(Officer.COLLECTION, "o1", before.encrypt(ID), after.hash(ID));
        insert(Officer.COLLECTION, "o2", before.encrypt(ID), before.hash(ID));
        insert(Officer.COLLECTION, "o3", before.encrypt("320706199602140572"), before.hash("320706199602140572"));
        IdCardKeyRotation.Report report = new IdCardKeyRotation(mongo, after).run();
        assertThat(report.remaining()).as("o2 would take o1's hash").isEqualTo(1);
        assertThat(report.reencrypted()).isEqualTo(2);
        assertThat(read(Officer.COLLECTION, "o3").getString("idCardCipher")).startsWith("k2:");
    }

    @Test
    void aValueNoConfiguredKeyOpensIsReportedNotLost() {
        insert(Officer.COLLECTION, "o1", new IdCardCipher("k9", K2, Map.of(), null).encrypt(ID), "h");
        IdCardKeyRotation.Report report = new IdCardKeyRotation(mongo, new IdCardCipher(K1)).run();
        assertThat(report.remaining()).isEqualTo(1);
        assertThat(read(Officer.COLLECTION, "o1").getString("idCardCipher")).startsWith("k9:");
    }
}
