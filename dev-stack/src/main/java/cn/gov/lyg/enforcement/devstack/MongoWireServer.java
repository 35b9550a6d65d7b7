package cn.gov.lyg.enforcement.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * Development-only MongoDB-wire server: mongo-java-server with the H2 (MVStore) backend, persisted to a file, with
 * non-unique secondary indexes ({@link IndexedH2Backend}), without an oplog (no change streams), bound to loopback. Not a real MongoDB: no transactions, no $text, no geo
 * (see STACK.md). Stops cleanly on SIGTERM/SIGINT (shutdown hook closes the MVStore).
 *
 * <pre>
 * java -Xmx256m -cp 'dev-stack/target/dev-stack.jar:dev-stack/target/mongo-lib/*' \
 *      cn.gov.lyg.enforcement.devstack.MongoWireServer [--host 127.0.0.1] [--port 27017] [--data dev-stack/data/mongo]
 * </pre>
 *
 * Options may also come from the environment: {@code MONGO_HOST}, {@code MONGO_PORT}, {@code MONGO_DATA_DIR}.
 */
public final class MongoWireServer {

    private MongoWireServer() {
    }

    public static void main(String[] args) throws Exception {
        String host = env("MONGO_HOST", "127.0.0.1");
        int port = Integer.parseInt(env("MONGO_PORT", "27017"));
        Path dataDir = Path.of(env("MONGO_DATA_DIR", "data/mongo"));
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--host" -> host = args[++i];
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--data" -> dataDir = Path.of(args[++i]);
                case "-h", "--help" -> {
                    System.out.println("usage: MongoWireServer [--host 127.0.0.1] [--port 27017] [--data <dir>]");
                    return;
                }
                default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
            }
        }
        if (!host.startsWith("127.") && !host.equals("localhost") && !host.equals("::1")) {
            throw new IllegalArgumentException("refusing to bind " + host + ": development server, loopback only");
        }

        Files.createDirectories(dataDir);
        Path file = dataDir.toAbsolutePath().resolve("mongo.mv.db");
        H2Backend backend = new IndexedH2Backend(file.toString());
        MongoServer server = new MongoServer(backend);
        // no oplog: nothing here uses change streams (DESIGN: never design on them), and on the H2 backend every
        // write would also be appended to an ever-growing local.oplog.rs collection

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("MongoWireServer: shutting down");
            try {
                server.shutdown(); // closes connections and the backend (MVStore commit + close)
            } catch (RuntimeException e) {
                System.err.println("MongoWireServer: error at shutdown: " + e);
            } finally {
                stopped.countDown();
            }
            System.out.println("MongoWireServer: stopped");
        }, "mongo-wire-shutdown"));

        try {
            server.bind(host, port);
        } catch (RuntimeException e) {
            System.err.println("MongoWireServer: cannot bind " + host + ":" + port + ": " + e);
            System.exit(2);
        }
        // the "ready" line stack.sh looks for
        System.out.printf("MongoWireServer ready on %s:%d (H2 file %s, secondary indexes, pid %d)%n", host, port, file,
                ProcessHandle.current().pid());
        stopped.await();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
