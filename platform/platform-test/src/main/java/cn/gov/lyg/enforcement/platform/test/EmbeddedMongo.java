package cn.gov.lyg.enforcement.platform.test;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.net.InetSocketAddress;

/**
 * The MongoDB-wire server (mongo-java-server, H2 in memory) used by tests, one per test JVM on 127.0.0.1, reached
 * through the real MongoDB driver. No transactions and no {@code hello}; see STACK.md.
 */
public final class EmbeddedMongo {

    private static volatile EmbeddedMongo instance;
    private final MongoServer server;
    private final String uri;

    private EmbeddedMongo() {
        server = new MongoServer(H2Backend.inMemory());
        server.bind("127.0.0.1", 0);
        InetSocketAddress address = server.getLocalAddress();
        uri = "mongodb://127.0.0.1:" + address.getPort();
    }

    public static EmbeddedMongo get() {
        if (instance == null) {
            synchronized (EmbeddedMongo.class) {
                if (instance == null) {
                    instance = new EmbeddedMongo();
                }
            }
        }
        return instance;
    }

    public String uri() {
        return uri;
    }
}
