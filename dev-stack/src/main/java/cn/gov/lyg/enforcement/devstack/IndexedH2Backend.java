package cn.gov.lyg.enforcement.devstack;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DatabaseResolver;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.aggregation.Aggregation;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import io.netty.channel.Channel;
import java.util.List;
import java.util.Set;
import org.h2.mvstore.MVStore;

/**
 * The H2 (MVStore) backend of mongo-java-server with non-unique secondary indexes ({@link SecondaryIndex}), so that
 * the local stack answers queries by indexed fields (certificates by officer, the outbox sweep, ...) without a
 * collection scan, as a real MongoDB would. Counts too: the driver's {@code countDocuments} (and so Spring Data's
 * {@code count} and {@code exists}) is an aggregation {@code [$match, $skip?, $limit?, $group]}, which
 * mongo-java-server runs over every document; here its {@code $match} is answered as a query (indexes apply) and the
 * remaining stages run over the matches. Any other aggregation is left to mongo-java-server.
 */
final class IndexedH2Backend extends H2Backend {

    IndexedH2Backend(String fileName) {
        super(open(fileName));
    }

    /**
     * The MVStore with a page cache of a quarter of the heap ({@code MONGO_CACHE_MB} overrides; H2's default is
     * 16 MB): cached pages hold deserialized documents, and deserializing (Java serialization) is the largest cost of
     * this server once queries use indexes.
     */
    private static MVStore open(String fileName) {
        long quarterOfHeapMb = Runtime.getRuntime().maxMemory() / (4L * 1024 * 1024);
        int cacheMb = Integer.parseInt(System.getenv().getOrDefault("MONGO_CACHE_MB",
                String.valueOf(Math.max(16, quarterOfHeapMb))));
        return new MVStore.Builder().fileName(fileName).cacheSize(cacheMb).open();
    }

    IndexedH2Backend(MVStore store) {
        super(store);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new IndexedH2Database(databaseName, getMvStore(), getCursorRegistry());
    }

    static final class IndexedH2Database extends H2Database {

        IndexedH2Database(String databaseName, MVStore mvStore, CursorRegistry cursorRegistry) {
            super(databaseName, mvStore, cursorRegistry);
        }

        private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(IndexedH2Database.class);
        /** Commands slower than this are logged ({@code MONGO_SLOW_MS}, default 100). */
        private static final long SLOW_MILLIS = Long.parseLong(System.getenv().getOrDefault("MONGO_SLOW_MS", "100"));
        /**
         * The secondary indexes of each collection, which agree on the one that answers a query. Created lazily:
         * the super constructor opens the stored collections and indexes before field initialisers would run.
         */
        private java.util.Map<String, List<SecondaryIndex<Object>>> secondaryIndexes;

        private synchronized List<SecondaryIndex<Object>> siblingsOf(String collectionName) {
            if (secondaryIndexes == null) {
                secondaryIndexes = new java.util.concurrent.ConcurrentHashMap<>();
            }
            return secondaryIndexes.computeIfAbsent(collectionName,
                    name -> new java.util.concurrent.CopyOnWriteArrayList<>());
        }

        private static final Set<String> COUNT_STAGES = Set.of("$skip", "$limit", "$group", "$count");

        @Override
        public Document handleCommand(Channel channel, String command, Document query, DatabaseResolver resolver,
                                      Oplog oplog) {
            long started = System.nanoTime();
            Document answer = "aggregate".equals(command) ? countThroughQuery(query, resolver, oplog) : null;
            if (answer == null) {
                answer = super.handleCommand(channel, command, query, resolver, oplog);
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            if (millis >= SLOW_MILLIS) {
                // the slow-query log: what to index (or what the stand-in cannot answer without a scan)
                log.info("slow {} on {}.{} ({} ms{}): {}", command, getDatabaseName(), query.get(command), millis,
                        scans(command, query) ? ", collection scan" : "", shortened(query));
            }
            return answer;
        }

        /** Whether a find, count or delete of this command has no index to answer its filter. */
        private boolean scans(String command, Document query) {
            Object filter = switch (command) {
                case "find" -> query.get("filter");
                case "count" -> query.get("query");
                default -> null;
            };
            if (!(filter instanceof Document f) || !(query.get(command) instanceof String name)) {
                return false;
            }
            MongoCollection<Object> collection = resolveCollection(name, false);
            return collection != null && !f.isEmpty()
                    && collection.getIndexes().stream().noneMatch(index -> index.canHandle(f));
        }

        private static String shortened(Document query) {
            Document shown = new Document(query);
            shown.remove("$db");
            shown.remove("lsid");
            shown.remove("$clusterTime");
            shown.remove("documents");
            shown.remove("updates");
            String text = shown.toString();
            return text.length() > 400 ? text.substring(0, 400) + "..." : text;
        }

        /** A count-like pipeline with a leading {@code $match}, answered through the query path; else null. */
        private Document countThroughQuery(Document command, DatabaseResolver resolver, Oplog oplog) {
            if (!(command.get("aggregate") instanceof String collectionName)) {
                return null;
            }
            List<Document> pipeline = Aggregation.parse(command.get("pipeline"));
            if (pipeline.size() < 2 || pipeline.get(0).size() != 1
                    || !(pipeline.get(0).get("$match") instanceof Document match)) {
                return null;
            }
            List<Document> rest = pipeline.subList(1, pipeline.size());
            boolean countLike = rest.stream().allMatch(stage -> stage.size() == 1
                    && COUNT_STAGES.contains(stage.keySet().iterator().next()));
            String lastStage = rest.get(rest.size() - 1).keySet().iterator().next();
            if (!countLike || !(lastStage.equals("$group") || lastStage.equals("$count"))) {
                return null;
            }
            MongoCollection<Object> collection = resolveCollection(collectionName, false);
            if (collection == null) {
                return null;
            }
            List<Document> result = Aggregation.fromPipeline(rest, resolver, this, collection, oplog)
                    .runStages(collection.handleQueryAsStream(match));
            Document cursor = new Document("id", 0L).append("ns", getDatabaseName() + "." + collectionName)
                    .append("firstBatch", result);
            return new Document("cursor", cursor).append("ok", 1.0);
        }

        /**
         * Every collection also gets a (hidden, not listed) secondary index on {@code _id}: mongo-java-server's own
         * {@code _id} index only answers queries on {@code _id} alone, so Spring Data's versioned saves
         * ({@code {_id, version}}) and the outbox removal ({@code {_id, outbox.messageId}}) would scan.
         */
        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            MongoCollection<Object> collection = super.openOrCreateCollection(collectionName, options);
            collection.addIndex(new SecondaryIndex<>("_id_with_other_fields", List.of(new IndexKey("_id", true)), false,
                    siblingsOf(collectionName)));
            return collection;
        }

        @Override
        protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName,
                                                           List<IndexKey> keys, boolean sparse) {
            return new SecondaryIndex<>(indexName, keys, sparse, siblingsOf(collectionName));
        }
    }
}
