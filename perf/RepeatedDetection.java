/*
 * Repeated-inspection detection among N inspection records: "a second agency's assignment of an inspection of an
 * enterprise is on Kafka as RepeatedInspectionDetected within 1 s". Run by perf/inspection-repeated-detection.sh
 * (JDK single-file source launcher; MongoDB driver and kafka-clients from the local Maven repository); usable alone:
 *
 *   java -cp <mongodb-driver-sync, -core, bson, kafka-clients + deps> perf/RepeatedDetection.java \
 *        [--records N] [--targets K] [--mongo URI] [--database DB] [--gateway URL] [--keycloak URL]
 *        [--bootstrap HOST:PORT] [--wait-seconds S] [--target-ms MS] [--skip-seed]
 *
 * 1. Targets: K enterprises of 海州区 (320706) are registered through the gateway (POST /entities as
 *    hz-agency-admin), and one INSPECTION catalog item for 海州区市场监管局 (A12) is published in catalog-service
 *    (the script waits until inspection-service accepts it).
 * 2. Seed: N inspection records are written straight into the MongoDB-wire database of inspection-service
 *    (collection inspections, documents as the service stores them), spread over N/5 enterprises with 5 planned
 *    inspections each by several agencies and months of next year, plus the enterprise registers the service keeps
 *    beside them (enterprise_registers, one per enterprise and year) and the number counters. Each target enterprise
 *    gets one of them: a seeded DUAL_RANDOM inspection by 海州区城市管理局 (A22) in the target month. Nothing is sent
 *    to Kafka for seeded records.
 * 3. A consumer is assigned every partition of inspection.coordination.v1 at its end; a thread polls it.
 * 4. For each target, one after the other: t0, POST /inspections as A12 (DUAL_RANDOM, same month), t1 at the answer;
 *    the matching RepeatedInspectionDetected (ce_type …repeated-inspection.detected.v1, payload naming the target's
 *    credit code) is timed when this consumer receives it.
 * 5. Prints p50/p95/max of (received − t0) and (received − t1), the API call itself, missing events after
 *    --wait-seconds (default 10), and PASS/FAIL of max(received − t0) <= --target-ms (default 1 000). Exit 0 on PASS.
 */

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.InsertManyOptions;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;

public class RepeatedDetection {

    static final String TOPIC = "inspection.coordination.v1";
    static final String TYPE = "cn.gov.lyg.enforcement.inspection.repeated-inspection.detected.v1";
    static final String A12 = "11320706300200020C";
    static final String A22 = "113207063002000399";
    static final String[] OTHERS = {"113207063002000399", "1132070030010002XW", "11320700300100046P",
            "11320700300100038W", "113207003001000708"};
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new HashMap<>(Map.of("records", "1000000", "targets", "20",
                "mongo", "mongodb://127.0.0.1:27017", "database", "enforcement-inspection",
                "gateway", "http://127.0.0.1:8080", "keycloak", "http://127.0.0.1:8180",
                "bootstrap", "127.0.0.1:9092", "wait-seconds", "10", "target-ms", "1000"));
        boolean skipSeed = false;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--skip-seed")) {
                skipSeed = true;
            } else {
                o.put(args[i].substring(2), args[++i]);
            }
        }
        int records = Integer.parseInt(o.get("records"));
        int targets = Integer.parseInt(o.get("targets"));
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() + 1;
        String admin = token(o.get("keycloak"), "hz-agency-admin");
        String catalogAdmin = token(o.get("keycloak"), "catalog-admin");
        String api = o.get("gateway") + "/api/inspections/v1";

        // 1. targets and the item
        String run = base31(System.currentTimeMillis() % 28_629_151L, 5);
        List<String> usccs = new ArrayList<>();
        for (int t = 0; t < targets; t++) {
            String uscc = uscc("91320706PF" + run + base31(t, 2));
            usccs.add(uscc);
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(api + "/entities"))
                    .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"uscc\":\"" + uscc + "\",\"name\":\"性能测试对象" + t
                            + "\",\"entityType\":\"ENTERPRISE\",\"regionCode\":\"320706\"}")));
            if (r.statusCode() != 201) {
                throw new IllegalStateException("entity " + uscc + ": " + r.statusCode() + " " + r.body());
            }
        }
        String itemCode = "3207-MKT-INS-" + (7000 + (int) (Math.random() * 2999));
        String item = """
            {"itemCode":"%s","name":"食品经营者监督检查（性能测试）","itemType":"INSPECTION","domain":"MARKET",
             "settingBasis":[{"lawName":"中华人民共和国食品安全法","article":"第一百一十条"}],
             "implementingBasis":[{"lawName":"中华人民共和国食品安全法","article":"第一百一十条"}],
             "implementingAgencyCodes":["%s"],"handlingUnit":"执法稽查科","exerciseLevels":["COUNTY"],
             "exerciseMode":"DIRECT","validFrom":"2025-01-01"}""".formatted(itemCode, A12);
        String catalog = o.get("gateway") + "/api/catalog/v1/items";
        HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(catalog))
                .header("Authorization", "Bearer " + catalogAdmin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(item)));
        Matcher m = ID.matcher(created.body());
        if (created.statusCode() != 201 || !m.find()) {
            throw new IllegalStateException("catalog item: " + created.statusCode() + " " + created.body());
        }
        send(HttpRequest.newBuilder(URI.create(catalog + "/" + m.group(1) + "/publish"))
                .header("Authorization", "Bearer " + catalogAdmin).POST(HttpRequest.BodyPublishers.noBody()));

        // 2. seed
        // with --skip-seed only this run's targets get their first agency's inspection (the records already there
        // stay the background)
        seed(o.get("mongo"), o.get("database"), skipSeed ? targets : records, usccs, year);

        // 3. consumer at the end of the topic
        Map<String, Long> received = new ConcurrentHashMap<>();
        AtomicBoolean running = new AtomicBoolean(true);
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, o.get("bootstrap"));
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "100");
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p, new StringDeserializer(),
                new ByteArrayDeserializer());
        List<TopicPartition> parts = new ArrayList<>();
        for (PartitionInfo info : consumer.partitionsFor(TOPIC)) {
            parts.add(new TopicPartition(TOPIC, info.partition()));
        }
        consumer.assign(parts);
        consumer.seekToEnd(parts);
        parts.forEach(consumer::position);
        Thread poller = new Thread(() -> {
            while (running.get()) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(50))) {
                    long now = System.nanoTime();
                    Header type = r.headers().lastHeader("ce_type");
                    if (type == null || !TYPE.equals(new String(type.value(), StandardCharsets.UTF_8))) {
                        continue;
                    }
                    String body = new String(r.value(), StandardCharsets.UTF_8);
                    for (String u : usccs) {
                        if (body.contains(u)) {
                            received.putIfAbsent(u, now);
                        }
                    }
                }
            }
            consumer.close();
        }, "poller");
        poller.start();

        // 4. the assignments (a fresh token: a long seed outlives the first one)
        admin = token(o.get("keycloak"), "hz-agency-admin");
        long[] t0 = new long[targets];
        long[] t1 = new long[targets];
        LocalDate day = LocalDate.of(year, 6, 20);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        for (int t = 0; t < targets; t++) {
            String body = "{\"kind\":\"DUAL_RANDOM\",\"spotCheckTaskId\":\"SC-PERF-" + run + "\",\"uscc\":\""
                    + usccs.get(t) + "\",\"itemIds\":[\"" + itemCode + "\"],\"itemDomains\":[\"MARKET\"],"
                    + "\"plannedDate\":\"" + day + "\"}";
            HttpResponse<String> r;
            while (true) {
                t0[t] = System.nanoTime();
                r = send(HttpRequest.newBuilder(URI.create(api + "/inspections"))
                        .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)));
                t1[t] = System.nanoTime();
                if (r.statusCode() == 201) {
                    break;
                }
                if (!r.body().contains("ITEM_NOT_PUBLISHED") || System.nanoTime() > deadline) {
                    throw new IllegalStateException("inspection of " + usccs.get(t) + ": " + r.statusCode() + " "
                            + r.body());
                }
                Thread.sleep(500); // the catalog item is still on its way to inspection-service
            }
            Thread.sleep(200);
        }
        long wait = System.nanoTime() + Duration.ofSeconds(Long.parseLong(o.get("wait-seconds"))).toNanos();
        while (received.size() < targets && System.nanoTime() < wait) {
            Thread.sleep(50);
        }
        running.set(false);
        poller.join(5000);

        // 5. report
        List<Double> fromCall = new ArrayList<>();
        List<Double> fromAnswer = new ArrayList<>();
        List<Double> call = new ArrayList<>();
        int missing = 0;
        for (int t = 0; t < targets; t++) {
            call.add((t1[t] - t0[t]) / 1e6);
            Long at = received.get(usccs.get(t));
            if (at == null) {
                missing++;
                continue;
            }
            fromCall.add((at - t0[t]) / 1e6);
            fromAnswer.add((at - t1[t]) / 1e6);
        }
        System.out.printf("records seeded: %d, targets: %d, missing events: %d%n", skipSeed ? 0 : records, targets,
                missing);
        print("API call (t1 - t0)", call);
        print("event after call start (received - t0)", fromCall);
        print("event after answer (received - t1)", fromAnswer);
        double max = fromCall.isEmpty() ? Double.MAX_VALUE : Collections.max(fromCall);
        boolean pass = missing == 0 && max <= Double.parseDouble(o.get("target-ms"));
        System.out.println(pass ? "PASS" : "FAIL");
        System.exit(pass ? 0 : 1);
    }

    /** Part of the seeded inspection numbers, so that a second seed into the same database never collides. */
    static final String SEED_RUN = Long.toString(System.currentTimeMillis() / 1000 % 46_656L, 36).toUpperCase();

    static void seed(String uri, String database, int records, List<String> targets, int year) {
        long start = System.nanoTime();
        try (MongoClient client = MongoClients.create(uri)) {
            MongoDatabase db = client.getDatabase(database);
            MongoCollection<Document> inspections = db.getCollection("inspections");
            MongoCollection<Document> registers = db.getCollection("enterprise_registers");
            List<Document> batch = new ArrayList<>();
            List<Document> regBatch = new ArrayList<>();
            int enterprises = Math.max(targets.size(), records / 5);
            Map<String, Long> perAgency = new HashMap<>();
            int written = 0;
            for (int e = 0; e < enterprises && written < records; e++) {
                String uscc = e < targets.size() ? targets.get(e) : uscc("913207069X" + base31(e, 7));
                List<Document> visits = new ArrayList<>();
                int count = e < targets.size() ? 1 : Math.min(5, records - written);
                for (int k = 0; k < count; k++) {
                    String agency = e < targets.size() ? A22 : OTHERS[(e + k) % OTHERS.length];
                    LocalDate day = e < targets.size() ? LocalDate.of(year, 6, 2)
                            : LocalDate.of(year, 1 + (e + 3 * k) % 12, 1 + (e + k) % 28);
                    long n = perAgency.merge(agency + ":" + year, 1L, Long::sum);
                    String id = UUID.randomUUID().toString();
                    String no = "JC-PERF-" + SEED_RUN + "-" + agency.substring(10, 16) + "-" + year + "-" + n;
                    Date planned = Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
                    batch.add(new Document("_id", id).append("inspectionNo", no).append("agencyCode", agency)
                            .append("agencyRegion", "320706").append("kind", "DUAL_RANDOM")
                            .append("spotCheckTaskId", "SC-PERF").append("uscc", uscc).append("entityRegion", "320706")
                            .append("itemIds", List.of("3207-MKT-INS-0001")).append("itemDomains", List.of("MARKET"))
                            .append("plannedDate", planned).append("team", List.of()).append("teamInvalid", false)
                            .append("teamProblems", List.of()).append("status", "PLANNED").append("records", List.of())
                            .append("publicizedLate", false).append("method", "ON_SITE").append("version", 0L)
                            .append("outbox", List.of())
                            .append("_class", "cn.gov.lyg.enforcement.inspection.inspection.Inspection"));
                    visits.add(new Document("inspectionId", id).append("inspectionNo", no).append("agencyCode", agency)
                            .append("kind", "DUAL_RANDOM").append("countsTowardCap", true).append("triggered", false)
                            .append("onSite", true).append("plannedDate", planned).append("domains", List.of("MARKET")));
                    written++;
                }
                regBatch.add(new Document("_id", uscc + ":" + year).append("uscc", uscc).append("year", year)
                        .append("regionCode", "320706").append("visits", visits).append("detections", new Document())
                        .append("registerId", UUID.randomUUID().toString()).append("warnings", 0L)
                        .append("version", 0L).append("outbox", List.of())
                        .append("_class", "cn.gov.lyg.enforcement.inspection.coordination.EnterpriseRegister"));
                if (batch.size() >= 2000) {
                    inspections.insertMany(batch, new InsertManyOptions().ordered(false));
                    registers.insertMany(regBatch, new InsertManyOptions().ordered(false));
                    batch.clear();
                    regBatch.clear();
                    if (written % 100_000 < 2000) {
                        System.out.printf("seeded %d inspection records (%.0f s)%n", written,
                                (System.nanoTime() - start) / 1e9);
                    }
                }
            }
            if (!batch.isEmpty()) {
                inspections.insertMany(batch, new InsertManyOptions().ordered(false));
                registers.insertMany(regBatch, new InsertManyOptions().ordered(false));
            }
            // the region's number counter exists, so the first assignment does not count the numbered inspections
            MongoCollection<Document> counters = db.getCollection("inspection_counters");
            String prefix = "JC-320706-" + LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() + "-";
            counters.updateOne(new Document("_id", prefix), new Document("$max", new Document("seq", 0L)),
                    new com.mongodb.client.model.UpdateOptions().upsert(true));
            System.out.printf("seeded %d inspection records of %d enterprises in %.0f s; inspections now %d%n",
                    written, enterprises, (System.nanoTime() - start) / 1e9, inspections.estimatedDocumentCount());
        }
    }

    static void print(String label, List<Double> values) {
        if (values.isEmpty()) {
            System.out.printf("%-42s no values%n", label);
            return;
        }
        List<Double> v = new ArrayList<>(values);
        Collections.sort(v);
        System.out.printf("%-42s n=%d p50=%.0f ms p95=%.0f ms max=%.0f ms%n", label, v.size(), pct(v, 50), pct(v, 95),
                v.get(v.size() - 1));
    }

    static double pct(List<Double> sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }

    /** {@code n} characters of the GB 32100 alphabet encoding {@code value} (base 31). */
    static String base31(long value, int n) {
        char[] out = new char[n];
        for (int i = n - 1; i >= 0; i--) {
            out[i] = ALPHABET.charAt((int) (value % 31));
            value /= 31;
        }
        return new String(out);
    }


    /** A GB 32100 code from its first 17 characters (check character appended). */
    static String uscc(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return first17 + ALPHABET.charAt((31 - sum % 31) % 31);
    }

    static String token(String keycloak, String user) throws Exception {
        String form = "grant_type=password&client_id=enforcement-gateway&client_secret="
                + URLEncoder.encode(System.getenv().getOrDefault("KC_GATEWAY_CLIENT_SECRET", "gateway-dev-secret"),
                StandardCharsets.UTF_8) + "&username=" + user + "&password=" + user + "-pass&scope=openid";
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(keycloak
                + "/realms/enforcement/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        Matcher m = ACCESS_TOKEN.matcher(r.body());
        if (!m.find()) {
            throw new IllegalStateException("token of " + user + ": " + r.statusCode() + " " + r.body());
        }
        return m.group(1);
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
