package cn.gov.lyg.enforcement.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;

/**
 * The secondary indexes of the local MongoDB-wire server answer exactly what a collection scan answers: the same
 * random documents and changes go to a server with the indexes and to the plain one, and every query must agree.
 */
class SecondaryIndexTest {

    static final List<String> STATUSES = List.of("APPLIED", "ACTIVE", "SUSPENDED", "REVOKED");

    interface Body {
        void run(MongoCollection<Document> indexed, MongoCollection<Document> plain) throws Exception;
    }

    static void withServers(Body body) throws Exception {
        MongoServer indexedServer = new MongoServer(new IndexedH2Backend(MVStore.open(null)));
        MongoServer plainServer = new MongoServer(H2Backend.inMemory());
        try (MongoClient indexed = MongoClients.create("mongodb://" + address(indexedServer));
             MongoClient plain = MongoClients.create("mongodb://" + address(plainServer))) {
            body.run(indexed.getDatabase("t").getCollection("certificates"),
                    plain.getDatabase("t").getCollection("certificates"));
        } finally {
            indexedServer.shutdownNow();
            plainServer.shutdownNow();
        }
    }

    static String address(MongoServer server) {
        server.bind("127.0.0.1", 0);
        return "127.0.0.1:" + server.getLocalAddress().getPort();
    }

    static void createIndexes(MongoCollection<Document> c) {
        c.createIndex(Indexes.ascending("officerId"));
        c.createIndex(Indexes.ascending("status", "validTo"));
        c.createIndex(Indexes.ascending("outbox.messageId"));
        c.createIndex(Indexes.ascending("domains"));
        c.createIndex(Indexes.ascending("modifiedAt"));
    }

    static Document random(Random random, int i) {
        Document d = new Document("_id", "c" + i).append("officerId", "o" + random.nextInt(40))
                .append("status", STATUSES.get(random.nextInt(STATUSES.size())))
                .append("validTo", 20250000 + random.nextInt(3000))
                .append("domains", List.of("MARKET", random.nextBoolean() ? "FOOD" : "HEALTH"))
                .append("modifiedAt", new java.util.Date(1_700_000_000_000L + random.nextInt(1000) * 1000L));
        if (random.nextInt(3) == 0) {
            d.append("outbox", List.of(new Document("messageId", "m" + i), new Document("messageId", "n" + i)));
        }
        if (random.nextInt(10) == 0) {
            d.append("officerId", random.nextBoolean() ? null : i);
        }
        return d;
    }

    static List<Bson> queries(Random random) {
        List<Bson> queries = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String officer = "o" + random.nextInt(45);
            queries.add(Filters.eq("officerId", officer));
            queries.add(Filters.and(Filters.eq("officerId", officer), Filters.eq("status", "ACTIVE")));
            queries.add(Filters.in("officerId", officer, "o" + random.nextInt(45), 7));
            queries.add(Filters.in("status", "ACTIVE", "SUSPENDED"));
            queries.add(Filters.and(Filters.in("status", "ACTIVE", "SUSPENDED"),
                    Filters.lt("validTo", 20250000 + random.nextInt(3000))));
            queries.add(Filters.eq("domains", random.nextBoolean() ? "FOOD" : "MARKET"));
        }
        queries.add(Filters.and(Filters.eq("_id", "c" + random.nextInt(300)), Filters.eq("status", "ACTIVE")));
        queries.add(Filters.and(Filters.in("_id", "c1", "c2", "c3"), Filters.exists("outbox.messageId")));
        queries.add(Filters.exists("outbox.messageId"));
        // the outbox relay's sweep: a top-level $and, one conjunct on an indexed field (answered by that index)
        queries.add(Filters.and(Filters.exists("outbox.messageId"), Filters.or(
                Filters.elemMatch("outbox", Filters.eq("messageId", "m" + random.nextInt(300))),
                Filters.eq("status", "ACTIVE"))));
        queries.add(Filters.and(Filters.or(Filters.eq("status", "ACTIVE"), Filters.eq("status", "REVOKED")),
                Filters.eq("officerId", "o" + random.nextInt(40))));
        queries.add(Filters.and(Filters.or(Filters.eq("officerId", "o1"), Filters.eq("officerId", "o2")),
                Filters.or(Filters.eq("status", "ACTIVE"), Filters.exists("outbox", false))));
        java.util.Date t = new java.util.Date(1_700_000_000_000L + random.nextInt(1000) * 1000L);
        queries.add(Filters.gte("modifiedAt", t));
        queries.add(Filters.gt("modifiedAt", t));
        queries.add(Filters.and(Filters.gte("modifiedAt", t), Filters.lt("modifiedAt", new java.util.Date(t.getTime() + 200_000))));
        queries.add(Filters.lte("modifiedAt", t));
        queries.add(Filters.gte("modifiedAt", 5));
        queries.add(Filters.exists("outbox.messageId", false));
        queries.add(Filters.eq("officerId", null));
        queries.add(Filters.regex("officerId", "^o1"));
        queries.add(Filters.eq("domains", List.of("MARKET", "FOOD")));
        queries.add(Filters.ne("status", "ACTIVE"));
        queries.add(Filters.eq("officerId", 12));
        queries.add(Filters.eq("officerId", 12L));
        return queries;
    }

    static void assertSameAnswers(MongoCollection<Document> indexed, MongoCollection<Document> plain, List<Bson> queries) {
        Function<MongoCollection<Document>, Function<Bson, List<Document>>> run = c -> q ->
                c.find(q).sort(Sorts.ascending("_id")).into(new ArrayList<>());
        for (Bson query : queries) {
            assertThat(run.apply(indexed).apply(query)).as(query.toString()).isEqualTo(run.apply(plain).apply(query));
            assertThat(indexed.countDocuments(query)).as("count: " + query).isEqualTo(plain.countDocuments(query));
            assertThat(indexed.countDocuments(query, new com.mongodb.client.model.CountOptions().skip(1).limit(2)))
                    .as("count with skip and limit: " + query)
                    .isEqualTo(plain.countDocuments(query, new com.mongodb.client.model.CountOptions().skip(1).limit(2)));
            assertThat(indexed.find(query).sort(Sorts.orderBy(Sorts.descending("validTo"), Sorts.ascending("_id"))).limit(3).into(new ArrayList<>()))
                    .as("sorted, limited: " + query)
                    .isEqualTo(plain.find(query).sort(Sorts.orderBy(Sorts.descending("validTo"), Sorts.ascending("_id"))).limit(3).into(new ArrayList<>()));
        }
    }

    @Test
    void indexedQueriesAnswerWhatAScanAnswersThroughInsertsUpdatesAndDeletes() throws Exception {
        withServers((indexed, plain) -> {
            Random random = new Random(42);
            for (MongoCollection<Document> c : List.of(indexed, plain)) {
                // half the documents exist before the indexes, half are inserted after
                for (int i = 0; i < 150; i++) {
                    c.insertOne(random(new Random(i), i));
                }
                createIndexes(c);
                for (int i = 150; i < 300; i++) {
                    c.insertOne(random(new Random(i), i));
                }
            }
            assertSameAnswers(indexed, plain, queries(new Random(1)));

            for (int round = 0; round < 200; round++) {
                int id = random.nextInt(320);
                int kind = random.nextInt(4);
                for (MongoCollection<Document> c : List.of(indexed, plain)) {
                    Random same = new Random(round);
                    switch (kind) {
                        case 0 -> c.updateOne(Filters.eq("_id", "c" + id), Updates.set("officerId", "o" + same.nextInt(40)));
                        case 1 -> c.updateMany(Filters.eq("officerId", "o" + same.nextInt(40)),
                                Updates.set("status", STATUSES.get(same.nextInt(STATUSES.size()))));
                        case 2 -> c.updateOne(Filters.eq("_id", "c" + id), Updates.combine(Updates.unset("outbox"),
                                Updates.set("modifiedAt", new java.util.Date(1_700_000_000_000L + same.nextInt(1000) * 1000L))));
                        default -> {
                            c.deleteOne(Filters.eq("_id", "c" + id));
                            c.insertOne(random(same, id));
                        }
                    }
                }
            }
            assertSameAnswers(indexed, plain, queries(new Random(2)));
            assertThat(indexed.countDocuments()).isEqualTo(plain.countDocuments());
            // the hidden _id index is not listed
            assertThat(indexed.listIndexes().into(new ArrayList<>())).extracting(i -> i.getString("name"))
                    .containsExactlyInAnyOrderElementsOf(plain.listIndexes().into(new ArrayList<>()).stream()
                            .map(i -> i.getString("name")).toList());
        });
    }

    @Test
    void theIndexesAreRebuiltWhenTheServerReopensItsFile() throws Exception {
        Path dir = Files.createTempDirectory("mongo-wire");
        String file = dir.resolve("mongo.mv.db").toString();
        MongoServer first = new MongoServer(new IndexedH2Backend(file));
        try (MongoClient client = MongoClients.create("mongodb://" + address(first))) {
            MongoCollection<Document> c = client.getDatabase("t").getCollection("certificates");
            createIndexes(c);
            for (int i = 0; i < 50; i++) {
                c.insertOne(random(new Random(i), i));
            }
        } finally {
            first.shutdown();
        }
        MongoBackend reopened = new IndexedH2Backend(file);
        MongoServer second = new MongoServer(reopened);
        MongoServer plainServer = new MongoServer(H2Backend.inMemory());
        try (MongoClient client = MongoClients.create("mongodb://" + address(second));
             MongoClient plainClient = MongoClients.create("mongodb://" + address(plainServer))) {
            MongoCollection<Document> c = client.getDatabase("t").getCollection("certificates");
            MongoCollection<Document> plain = plainClient.getDatabase("t").getCollection("certificates");
            for (int i = 0; i < 50; i++) {
                plain.insertOne(random(new Random(i), i));
            }
            assertSameAnswers(c, plain, queries(new Random(3)));
        } finally {
            second.shutdown();
            plainServer.shutdownNow();
        }
    }

    @Test
    void theMostSelectiveIndexAnswersAQuery() {
        List<SecondaryIndex<Object>> siblings = new java.util.concurrent.CopyOnWriteArrayList<>();
        SecondaryIndex<Object> byStatus = new SecondaryIndex<>("status", List.of(
                new de.bwaldvogel.mongo.backend.IndexKey("status", true)), false, siblings);
        SecondaryIndex<Object> byOfficer = new SecondaryIndex<>("officerId", List.of(
                new de.bwaldvogel.mongo.backend.IndexKey("officerId", true)), false, siblings);
        for (int i = 0; i < 20; i++) {
            de.bwaldvogel.mongo.bson.Document d = new de.bwaldvogel.mongo.bson.Document("_id", "c" + i)
                    .append("officerId", "o" + (i % 10)).append("status", "ACTIVE");
            byStatus.add(d, "c" + i, null);
            byOfficer.add(d, "c" + i, null);
        }
        de.bwaldvogel.mongo.bson.Document query = new de.bwaldvogel.mongo.bson.Document("officerId", "o3")
                .append("status", new de.bwaldvogel.mongo.bson.Document("$in", List.of("ACTIVE", "SUSPENDED")));
        assertThat(byStatus.estimate(query)).isEqualTo(20);
        assertThat(byOfficer.estimate(query)).isEqualTo(2);
        assertThat(byStatus.canHandle(query)).isFalse();
        assertThat(byOfficer.canHandle(query)).isTrue();
        assertThat(byOfficer.getPositions(query)).containsExactlyInAnyOrder("c3", "c13");
        de.bwaldvogel.mongo.bson.Document statusOnly = new de.bwaldvogel.mongo.bson.Document("status", "ACTIVE");
        assertThat(byStatus.canHandle(statusOnly)).isTrue();
        assertThat(byOfficer.canHandle(statusOnly)).isFalse();
        // a top-level $and: the conjunct on the index's field narrows, the collection matches the rest
        de.bwaldvogel.mongo.bson.Document conjunction = new de.bwaldvogel.mongo.bson.Document("$and", List.of(
                new de.bwaldvogel.mongo.bson.Document("officerId", "o3"),
                new de.bwaldvogel.mongo.bson.Document("$or", List.of(
                        new de.bwaldvogel.mongo.bson.Document("status", "ACTIVE"),
                        new de.bwaldvogel.mongo.bson.Document("status", "SUSPENDED")))));
        assertThat(byOfficer.canHandle(conjunction)).isTrue();
        assertThat(byStatus.canHandle(conjunction)).isFalse();
        assertThat(byOfficer.getPositions(conjunction)).containsExactlyInAnyOrder("c3", "c13");
        byStatus.drop();
        assertThat(siblings).containsExactly(byOfficer);
    }
}
