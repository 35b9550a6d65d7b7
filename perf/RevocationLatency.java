/*
 * Revocation → Kafka latency: "a certificate revocation's event is on Kafka within 1 s (p99) of the API
 * call". Run by perf/personnel-revocation-latency.sh (JDK single-file source launcher, kafka-clients from
 * ~/.m2 on the class path); usable alone:
 *
 *   java -cp <kafka-clients + lz4 + snappy + zstd + slf4j jars> perf/RevocationLatency.java \
 *        [--count K] [--seed-file F] [--gateway URL] [--keycloak URL] [--bootstrap HOST:PORT] [--user U]
 *        [--wait-seconds S] [--interval-ms MS] [--target-p99-ms MS]
 *
 * 1. A consumer is assigned every partition of personnel.certificates.v1 and positioned at the end (before the first
 *    revocation, so only new events are seen); a thread polls it for the whole run.
 * 2. For K officers of the seed file (default 200) whose certificate is ACTIVE, one after the other: GET the
 *    certificate (its version), then POST /certificates/{id}/revoke through the gateway with If-Match and a reason,
 *    as hz-supervisor (supervisor-county of 320706; password grant of enforcement-gateway). t0 is taken just before
 *    the POST, t1 when its answer is in.
 * 3. Every record whose ce_type is …certificate.revoked.v2 is matched to a revocation by the certificate id (record
 *    key, ce_subject, or "aggregateId" in the JSON payload); its arrival time in this consumer is recorded.
 * 4. After the last call it waits up to --wait-seconds (default 10) for missing events, then prints p50/p95/p99/max
 *    of (received − t0) and (received − t1), the API call's own latency, how long the event waited between its
 *    creation time in the service (record timestamp) and its arrival, the missing events, and PASS/FAIL of
 *    p99(received − t0) <= 1 000 ms. Exit code 0 on PASS.
 *
 * Revocation is terminal: each revoked officer is appended to the seed file as REVOKED (the last line of an index
 * wins), so a re-run picks other officers, until the pool of ACTIVE ones is exhausted (20 000 officers allow 100
 * runs of 200; then seed a larger N or start again from a fresh stack). Officers are taken from the highest index
 * down, so that small-N eligibility runs (the lowest indexes) keep ACTIVE officers.
 * The receive time includes this consumer's poll loop (fetch.max.wait.ms 100, woken up by the broker as soon as a
 * record is appended); all times are taken on this machine with System.nanoTime, only the record timestamp column
 * compares the service's clock with this one (same host).
 */

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
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

public class RevocationLatency {

    static final String TOPIC = "personnel.certificates.v1";
    static final String REVOKED_TYPE = "cn.gov.lyg.enforcement.personnel.certificate.revoked.v2";
    static final String CERTS = "/api/personnel/v1/certificates/";
    static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern EXPIRES_IN = Pattern.compile("\"expires_in\"\\s*:\\s*(\\d+)");
    static final Pattern AGGREGATE_ID = Pattern.compile("\"aggregateId\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z_]+)\"");
    static final Pattern ASSIGNABLE = Pattern.compile("\"assignable\"\\s*:\\s*(true|false)");
    static final Pattern REASONS = Pattern.compile("\"reasons\"\\s*:\\s*(\\[[^\\]]*\\])");
    static final String VERDICT = "/api/inspections/v1/inspectors/%s/eligibility?domain=%s&region=%s";

    /** One revocation: nanoTime of the call's start and end, arrival of its event, the event's record timestamp. */
    /** Monitor the poller notifies when a revocation's event arrives. */
    private final Object arrivals = new Object();

    static final class Revocation {
        final int index;
        final String officerId;
        final String certificateId;
        final String certificateNo;
        volatile long t0;
        volatile long t1;
        volatile long received = -1;
        volatile long receivedWallMs;
        volatile long recordTimestampMs;
        long refused = -1;          // nanoTime of the first inspection verdict assignable=false (--inspection)
        String refusedReasons;

        Revocation(int index, String officerId, String certificateId, String certificateNo) {
            this.index = index;
            this.officerId = officerId;
            this.certificateId = certificateId;
            this.certificateNo = certificateNo;
        }
    }

    final Map<String, String> opts = new HashMap<>();
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    String token;
    long tokenUntil;

    public static void main(String[] args) throws Exception {
        System.exit(new RevocationLatency().run(args));
    }

    String opt(String name, String def) {
        return opts.getOrDefault(name, def);
    }

    int run(String[] args) throws Exception {
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                System.err.println("usage: RevocationLatency [--count K] [--seed-file F] [--gateway URL] [--keycloak URL]"
                        + " [--bootstrap HOST:PORT] [--user U] [--wait-seconds S] [--interval-ms MS] [--target-p99-ms MS]"
                        + " [--inspection true [--domain MARKET] [--region 320706]]");
                return 2;
            }
            opts.put(args[i].substring(2), args[++i]);
        }
        int count = Integer.parseInt(opt("count", "200"));
        Path seedFile = Path.of(opt("seed-file", "perf/.data/personnel-seed.tsv"));
        String gateway = opt("gateway", "http://127.0.0.1:8080");
        long waitMs = Long.parseLong(opt("wait-seconds", "10")) * 1000;
        long intervalMs = Long.parseLong(opt("interval-ms", "0"));
        double targetP99 = Double.parseDouble(opt("target-p99-ms", "1000"));
        boolean inspection = Boolean.parseBoolean(opt("inspection", "false"));
        String verdictPath = VERDICT.formatted("%s", opt("domain", "MARKET"), opt("region", "320706"));
        int notAssignableBefore = 0;

        // the seed file: last line of an index wins; candidates are ACTIVE, highest index first
        TreeMap<Integer, String[]> records = new TreeMap<>(Collections.reverseOrder());
        if (!Files.exists(seedFile)) {
            System.err.println("no seed file " + seedFile + ": run perf/personnel-seed.py first");
            return 1;
        }
        for (String line : Files.readAllLines(seedFile)) {
            String[] p = line.split("\t");
            if (line.startsWith("#") || p.length < 5 || !p[0].matches("\\d+")) {
                continue;
            }
            records.put(Integer.parseInt(p[0]), p);
        }
        List<String[]> candidates = new ArrayList<>();
        records.values().stream().filter(p -> p[4].equals("ACTIVE")).forEach(candidates::add);
        System.out.printf("seed file %s: %d officers, %d with an ACTIVE certificate%n", seedFile, records.size(),
                candidates.size());
        if (candidates.size() < count) {
            System.err.printf("only %d ACTIVE certificates left in the pool (need %d): seed more officers%n",
                    candidates.size(), count);
            return 1;
        }

        // consumer at the end of every partition, before the first call
        Map<String, Revocation> byCertificate = new ConcurrentHashMap<>();
        AtomicLong otherRevoked = new AtomicLong();
        AtomicLong otherEvents = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        KafkaConsumer<String, byte[]> consumer = consumer(opt("bootstrap", "127.0.0.1:9092"));
        List<TopicPartition> partitions = new ArrayList<>();
        for (PartitionInfo p : consumer.partitionsFor(TOPIC, Duration.ofSeconds(15))) {
            partitions.add(new TopicPartition(TOPIC, p.partition()));
        }
        if (partitions.isEmpty()) {
            System.err.println("topic " + TOPIC + " has no partitions (no certificate event yet?)");
            return 1;
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        Map<TopicPartition, Long> start = new LinkedHashMap<>();
        for (TopicPartition tp : partitions) {
            start.put(tp, consumer.position(tp, Duration.ofSeconds(15)));   // resolves the seek now
        }
        System.out.println("consumer at the end of " + start);
        Thread poller = new Thread(() -> {
            try {
                while (!stop.get()) {
                    for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                        long now = System.nanoTime();
                        if (!REVOKED_TYPE.equals(header(r, "ce_type"))) {
                            otherEvents.incrementAndGet();
                            continue;
                        }
                        Revocation rev = match(byCertificate, r);
                        if (rev == null) {
                            otherRevoked.incrementAndGet();
                        } else if (rev.received < 0) {
                            rev.receivedWallMs = System.currentTimeMillis();
                            rev.recordTimestampMs = r.timestamp();
                            rev.received = now;
                            synchronized (arrivals) {
                                arrivals.notifyAll();
                            }
                        }
                    }
                }
            } finally {
                consumer.close();
            }
        }, "revocation-consumer");
        poller.setDaemon(true);
        poller.start();

        // revocations, one after the other
        List<Revocation> done = new ArrayList<>();
        int skipped = 0;
        int errors = 0;
        long runStart = System.nanoTime();
        try (var out = Files.newBufferedWriter(seedFile, StandardCharsets.UTF_8, StandardOpenOption.APPEND)) {
            for (String[] p : candidates) {
                if (done.size() >= count) {
                    break;
                }
                int index = Integer.parseInt(p[0]);
                String certificateId = p[2];
                HttpResponse<String> get = send(HttpRequest.newBuilder(URI.create(gateway + CERTS + certificateId))
                        .GET());
                if (get.statusCode() != 200) {
                    System.err.printf("GET certificate %s: %d %s%n", certificateId, get.statusCode(), abbrev(get.body()));
                    if (++errors > 10) {
                        break;
                    }
                    continue;
                }
                Matcher st = STATUS.matcher(get.body());
                String status = st.find() ? st.group(1) : "?";
                if (!status.equals("ACTIVE")) {   // revoked or changed by someone else: record it and take the next
                    out.write(String.join("\t", p[0], p[1], p[2], p[3], status) + "\n");
                    skipped++;
                    continue;
                }
                if (inspection) {   // the officer must be assignable in inspection's projection before the revocation
                    HttpResponse<String> v = send(HttpRequest.newBuilder(
                            URI.create(gateway + verdictPath.formatted(p[1]))).GET());
                    Matcher a = ASSIGNABLE.matcher(v.body());
                    if (v.statusCode() != 200 || !a.find() || !a.group(1).equals("true")) {
                        if (notAssignableBefore++ < 3) {
                            System.err.printf("officer %s not assignable in inspection before the revocation: %d %s%n",
                                    p[1], v.statusCode(), abbrev(v.body()));
                        }
                        continue;
                    }
                }
                String version = get.headers().firstValue("ETag").orElse("*");
                Revocation rev = new Revocation(index, p[1], certificateId, p[3]);
                byCertificate.put(certificateId, rev);
                HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(gateway + CERTS + certificateId + "/revoke"))
                        .header("If-Match", version).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"reason\":\"性能测试：吊销延迟测量 (benchmark revocation latency)\"}"));
                String bearer = bearer();
                rev.t0 = System.nanoTime();
                HttpResponse<String> res = http.send(post.header("Authorization", bearer).build(),
                        HttpResponse.BodyHandlers.ofString());
                rev.t1 = System.nanoTime();
                if (res.statusCode() != 200) {
                    byCertificate.remove(certificateId);
                    System.err.printf("revoke %s: %d %s%n", certificateId, res.statusCode(), abbrev(res.body()));
                    if (++errors > 10) {
                        break;
                    }
                    continue;
                }
                out.write(String.join("\t", p[0], p[1], p[2], p[3], "REVOKED") + "\n");
                out.flush();
                done.add(rev);
                if (inspection) {   // poll inspection's verdict (what an assignment checks) until it refuses
                    long until = System.nanoTime() + waitMs * 1_000_000;
                    while (System.nanoTime() < until) {
                        HttpResponse<String> v = send(HttpRequest.newBuilder(
                                URI.create(gateway + verdictPath.formatted(rev.officerId))).GET());
                        long now = System.nanoTime();
                        Matcher a = ASSIGNABLE.matcher(v.body());
                        if (v.statusCode() == 200 && a.find() && a.group(1).equals("false")) {
                            rev.refused = now;
                            Matcher rs = REASONS.matcher(v.body());
                            rev.refusedReasons = rs.find() ? rs.group(1) : "?";
                            break;
                        }
                        Thread.sleep(2);
                    }
                }
                if (intervalMs > 0) {
                    Thread.sleep(intervalMs);
                }
            }
        }
        double callsSeconds = (System.nanoTime() - runStart) / 1e9;

        // wait for the missing events
        long deadline = System.nanoTime() + waitMs * 1_000_000;
        synchronized (arrivals) {
            // woken by the poller at each matching event; the timeout only bounds the wait
            while (System.nanoTime() < deadline && done.stream().anyMatch(r -> r.received < 0)) {
                arrivals.wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            }
        }
        stop.set(true);
        poller.join(5000);

        List<Double> fromT0 = new ArrayList<>();
        List<Double> fromT1 = new ArrayList<>();
        List<Double> call = new ArrayList<>();
        List<Double> eventAge = new ArrayList<>();
        List<Revocation> missing = new ArrayList<>();
        List<Double> refusedFromT0 = new ArrayList<>();
        Map<String, Integer> refusalReasons = new TreeMap<>();
        int notRefused = 0;
        for (Revocation r : done) {
            call.add((r.t1 - r.t0) / 1e6);
            if (inspection) {
                if (r.refused < 0) {
                    notRefused++;
                } else {
                    refusedFromT0.add((r.refused - r.t0) / 1e6);
                    refusalReasons.merge(r.refusedReasons, 1, Integer::sum);
                }
            }
            if (r.received < 0) {
                missing.add(r);
                continue;
            }
            fromT0.add((r.received - r.t0) / 1e6);
            fromT1.add((r.received - r.t1) / 1e6);
            eventAge.add((double) (r.receivedWallMs - r.recordTimestampMs));
        }
        System.out.printf("%n%d revocations in %.1f s (%d officers skipped: not ACTIVE any more; %d errors); "
                        + "events received %d, missing after %d s: %d; other revoked events %d, other events %d%n",
                done.size(), callsSeconds, skipped, errors, fromT0.size(), waitMs / 1000, missing.size(),
                otherRevoked.get(), otherEvents.get());
        System.out.printf("%n%-40s %6s %8s %8s %8s %8s%n", "measure", "n", "p50_ms", "p95_ms", "p99_ms", "max_ms");
        row("revoke call (t1 - t0)", call);
        row("event received - t0 (before the call)", fromT0);
        row("event received - t1 (after the answer)", fromT1);
        row("event received - record timestamp", eventAge);
        if (inspection) {
            row("inspection refuses - t0", refusedFromT0);
            System.out.printf("inspection's reasons: %s; not refused within %d s: %d; skipped (not assignable "
                    + "before): %d%n", refusalReasons, waitMs / 1000, notRefused, notAssignableBefore);
        }
        for (Revocation r : missing.subList(0, Math.min(5, missing.size()))) {
            System.out.printf("missing: certificate %s (%s, officer %s)%n", r.certificateId, r.certificateNo, r.officerId);
        }
        boolean pass = done.size() == count && missing.isEmpty() && errors == 0
                && !fromT0.isEmpty() && percentile(fromT0, 0.99) <= targetP99;
        if (inspection) {
            boolean inspectionPass = notRefused == 0 && !refusedFromT0.isEmpty()
                    && percentile(refusedFromT0, 0.99) <= targetP99;
            System.out.printf("%n%s  p99 of (inspection refuses the officer - API call) %.1f ms (target <= %.0f ms)%n",
                    inspectionPass ? "PASS" : "FAIL",
                    refusedFromT0.isEmpty() ? Double.NaN : percentile(refusedFromT0, 0.99), targetP99);
            pass &= inspectionPass;
        }
        System.out.printf("%n%s  p99 of (event on Kafka - API call) %.1f ms (target <= %.0f ms), %d of %d events missing%n",
                pass ? "PASS" : "FAIL", fromT0.isEmpty() ? Double.NaN : percentile(fromT0, 0.99), targetP99,
                missing.size(), done.size());
        int left = candidates.size() - done.size() - skipped;
        System.out.printf("ACTIVE certificates left in the seed file's pool: %d%n", left);
        return pass ? 0 : 1;
    }

    static Revocation match(Map<String, Revocation> byCertificate, ConsumerRecord<String, byte[]> r) {
        Revocation rev = r.key() == null ? null : byCertificate.get(r.key());
        if (rev == null) {
            String subject = header(r, "ce_subject");
            rev = subject == null ? null : byCertificate.get(subject);
        }
        if (rev == null && r.value() != null) {
            Matcher m = AGGREGATE_ID.matcher(new String(r.value(), StandardCharsets.UTF_8));
            if (m.find()) {
                rev = byCertificate.get(m.group(1));
            }
        }
        return rev;
    }

    static KafkaConsumer<String, byte[]> consumer(String bootstrap) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "revocation-latency-benchmark");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "100");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return new KafkaConsumer<>(p);
    }

    static String header(ConsumerRecord<?, ?> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    HttpResponse<String> send(HttpRequest.Builder b) throws IOException, InterruptedException {
        return http.send(b.header("Authorization", bearer()).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** hz-supervisor's token (password grant of enforcement-gateway), fetched again 60 s before it expires. */
    String bearer() {
        if (token != null && System.currentTimeMillis() < tokenUntil - 60_000) {
            return "Bearer " + token;
        }
        String user = opt("user", "hz-supervisor");
        String form = "grant_type=password&client_id=enforcement-gateway&client_secret="
                + enc(System.getenv().getOrDefault("KC_GATEWAY_CLIENT_SECRET", "gateway-dev-secret"))
                + "&username=" + enc(user) + "&password=" + enc(user + "-pass");
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(opt("keycloak", "http://127.0.0.1:8180")
                            + "/realms/enforcement/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            Matcher m = ACCESS_TOKEN.matcher(r.body());
            if (r.statusCode() != 200 || !m.find()) {
                throw new IllegalStateException("token for " + user + ": " + r.statusCode() + " " + abbrev(r.body()));
            }
            Matcher e = EXPIRES_IN.matcher(r.body());
            token = m.group(1);
            tokenUntil = System.currentTimeMillis() + (e.find() ? Long.parseLong(e.group(1)) : 300) * 1000;
            return "Bearer " + token;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String abbrev(String s) {
        return s == null ? "" : s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    static double percentile(List<Double> values, double p) {
        List<Double> s = new ArrayList<>(values);
        Collections.sort(s);
        return s.get(Math.min(s.size() - 1, (int) (s.size() * p)));
    }

    static void row(String name, List<Double> v) {
        if (v.isEmpty()) {
            System.out.printf("%-40s %6d %8s %8s %8s %8s%n", name, 0, "-", "-", "-", "-");
            return;
        }
        System.out.printf("%-40s %6d %8.1f %8.1f %8.1f %8.1f%n", name, v.size(), percentile(v, .5),
                percentile(v, .95), percentile(v, .99), Collections.max(v));
    }
}
