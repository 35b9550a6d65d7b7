package cn.gov.lyg.enforcement.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.lyg.enforcement.platform.identifier.UnifiedSocialCreditCode;
import cn.gov.lyg.enforcement.platform.test.KafkaProbe;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Utils;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * Fault drill, in every run: a poison message (well-formed CloudEvent headers of catalog's item-published type from
 * catalog's source, a payload that is not JSON) lands on {@code catalog.items.v1} in the very partition of an item
 * that is published right after it. The consumers send the poison to {@code catalog.items.v1.DLT} without stalling the
 * partition: the next record, the real publication, reaches inspection-service, which then accepts an inspection of
 * the item.
 */
class PoisonMessageSystemIT {

    private static final String TOPIC = "catalog.items.v1";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicAndTheNextRecordIsProcessed() throws Exception {
        ObjectNode item = Catalog.item("INSPECTION", "INS");
        String itemId = Catalog.created(item);
        String itemCode = item.get("itemCode").asString();

        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Stack.KAFKA);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        String poisonKey;
        String poisonId = UUID.randomUUID().toString();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config);
             KafkaProbe dlt = new KafkaProbe(Stack.KAFKA, TOPIC + ".DLT")) {
            int partitions = producer.partitionsFor(TOPIC).size();
            int target = partitionOf(itemId, partitions);
            poisonKey = keyInPartition(target, partitions);
            ProducerRecord<String, byte[]> poison = new ProducerRecord<>(TOPIC, target, poisonKey,
                    "{\"itemId\": \"poison\", this is not JSON".getBytes(StandardCharsets.UTF_8));
            poison.headers().add("ce_specversion", bytes("1.0")).add("ce_id", bytes(poisonId))
                    .add("ce_source", bytes("/enforcement/catalog"))
                    .add("ce_type", bytes("cn.gov.lyg.enforcement.catalog.item.published.v1"))
                    .add("ce_subject", bytes(poisonKey)).add("ce_time", bytes(OffsetDateTime.now().toString()))
                    .add("content-type", bytes("application/json"));
            producer.send(poison).get();

            // the next record of that partition: the real publication
            Catalog.ok(Catalog.post("/items/" + itemId + "/publish", Catalog.ADMIN, null));

            var dead = dlt.await(r -> poisonKey.equals(r.key()), 1, Duration.ofSeconds(90));
            assertThat(new String(dead.get(0).headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8))
                    .isEqualTo(poisonId);
        }

        // inspection-service has processed the publication behind the poison: the item can be inspected
        String uscc = uscc();
        HttpResponse<String> entity = inspections("POST", "/entities", Stack.JSON.createObjectNode().put("uscc", uscc)
                .put("name", "毒消息演练食品有限公司").put("entityType", "ENTERPRISE").put("regionCode", "320706"));
        assertThat(entity.statusCode()).as(entity.body()).isEqualTo(201);
        ObjectNode inspection = Stack.JSON.createObjectNode().put("kind", "CASE_TRIGGERED")
                .put("triggerRef", "12345-POISON-" + RANDOM.nextInt(99_999)).put("uscc", uscc)
                .put("plannedDate", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
        inspection.putArray("itemIds").add(itemCode);
        inspection.putArray("itemDomains").add("MARKET");
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            HttpResponse<String> response = inspections("POST", "/inspections", inspection);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        });
    }

    static int partitionOf(String key, int partitions) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    static String keyInPartition(int partition, int partitions) {
        while (true) {
            String key = "poison-" + UUID.randomUUID();
            if (partitionOf(key, partitions) == partition) {
                return key;
            }
        }
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> inspections(String method, String path, ObjectNode body) {
        return Stack.send(HttpRequest.newBuilder(java.net.URI.create(Stack.GATEWAY + "/api/inspections/v1" + path))
                .header("Authorization", PersonnelSystemIT.admin()).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    private static String uscc() {
        String body17 = String.format("91320706MA%07d", 6_000_000 + RANDOM.nextInt(999_999));
        return body17 + UnifiedSocialCreditCode.checkDigit(body17);
    }
}
