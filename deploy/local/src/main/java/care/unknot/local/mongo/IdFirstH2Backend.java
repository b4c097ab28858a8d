package care.unknot.local.mongo;

import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;

/**
 * mongo-java-server's H2 (MVStore file) backend whose collections serve a filter with an {@code _id} clause by id.
 * The collection maps are named as {@link H2Database} names them, so files written by either open with both.
 */
public class IdFirstH2Backend extends H2Backend {

    private final IdFirst stats = new IdFirst();

    public IdFirstH2Backend(MVStore store) {
        super(store);
    }

    public IdFirst stats() {
        return stats;
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new H2Database(databaseName, getMvStore(), getCursorRegistry()) {
            @Override
            protected MongoCollection<Object> openOrCreateCollection(String collectionName,
                    CollectionOptions options) {
                String namespace = getFullCollectionNamespace(collectionName);
                return new Collection(this, collectionName, options, getMvStore(), namespace);
            }
        };
    }

    private final class Collection extends H2Collection {

        Collection(MongoDatabase database, String name, CollectionOptions options, MVStore store, String namespace) {
            super(database, name, options, store.openMap("databases." + namespace), store.openMap("meta." + namespace),
                    getCursorRegistry());
        }

        @Override
        protected QueryResult queryDocuments(Document query, Document orderBy, int skip, int limit, int batchSize,
                Document fieldSelector) {
            Iterable<Object> byId = IdFirst.positions(getIndexes(), query);
            if (byId != null) {
                return matchDocuments(query, byId, orderBy, skip, limit, batchSize, fieldSelector);
            }
            if (stats != null && !IdFirst.served(getIndexes(), query)) { // null: H2Backend's constructor reopening
                stats.countScan();
            }
            return super.queryDocuments(query, orderBy, skip, limit, batchSize, fieldSelector);
        }
    }
}
