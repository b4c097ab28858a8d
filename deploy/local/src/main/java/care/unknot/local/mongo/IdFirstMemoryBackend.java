package care.unknot.local.mongo;

import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.Document;

/** mongo-java-server's memory backend whose collections serve a filter with an {@code _id} clause by id. */
public class IdFirstMemoryBackend extends MemoryBackend {

    private final IdFirst stats = new IdFirst();

    public IdFirst stats() {
        return stats;
    }

    @Override
    public MemoryDatabase openOrCreateDatabase(String databaseName) {
        return new MemoryDatabase(databaseName, getCursorRegistry()) {
            @Override
            protected MemoryCollection openOrCreateCollection(String collectionName, CollectionOptions options) {
                return new Collection(this, collectionName, options);
            }
        };
    }

    private final class Collection extends MemoryCollection {

        Collection(MemoryDatabase database, String name, CollectionOptions options) {
            super(database, name, options, getCursorRegistry());
        }

        @Override
        protected QueryResult queryDocuments(Document query, Document orderBy, int skip, int limit, int batchSize,
                Document fieldSelector) {
            Iterable<Integer> byId = IdFirst.positions(getIndexes(), query);
            if (byId != null) {
                return matchDocuments(query, byId, orderBy, skip, limit, batchSize, fieldSelector);
            }
            if (!IdFirst.served(getIndexes(), query)) {
                stats.countScan();
            }
            return super.queryDocuments(query, orderBy, skip, limit, batchSize, fieldSelector);
        }
    }
}
