package care.unknot.local.mongo;

import java.util.List;
import java.util.concurrent.atomic.LongAdder;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.bson.Document;

/**
 * The query planning mongo-java-server lacks and MongoDB has: a filter with an {@code _id} condition plus others
 * (a conditional write such as {@code {_id: x, rev: 3}}, or the driver's {@code {$and: [{_id: x}, ...]}}) is served
 * by the {@code _id} index. mongo-java-server uses an index only when the filter names exactly its keys, so each of
 * those filters scanned the whole collection while holding the collection's lock: a write then cost in proportion
 * to every document stored. Here the {@code _id} clause picks the candidates and the whole filter is still applied
 * to them, so results are the same. Every remaining full scan is counted ({@link #fullScans()}).
 */
public final class IdFirst {

    private final LongAdder fullScans = new LongAdder();

    /** Full collection scans so far (a query no index served), over all collections of the server. */
    public long fullScans() {
        return fullScans.sum();
    }

    void countScan() {
        fullScans.increment();
    }

    /** Positions of the documents the filter's {@code _id} clause selects, or null when no index serves it. */
    static <P> Iterable<P> positions(List<Index<P>> indexes, Document filter) {
        Object id = idClause(filter);
        if (id == null) {
            return null;
        }
        Document byId = new Document("_id", id);
        for (Index<P> index : indexes) {
            if (index.canHandle(byId)) {
                return index.getPositions(byId);
            }
        }
        return null;
    }

    /** True when one of the indexes serves {@code filter} as mongo-java-server plans it (keys named exactly). */
    static <P> boolean served(List<Index<P>> indexes, Document filter) {
        return indexes.stream().anyMatch(index -> index.canHandle(filter));
    }

    /**
     * The value of a top-level {@code _id} condition or of one inside a top-level {@code $and}, nested ones included
     * (the driver renders {@code and(and(a, b), c)} nested); null if none.
     */
    private static Object idClause(Document filter) {
        Object id = filter.get("_id");
        if (id != null) {
            return id;
        }
        if (filter.get("$and") instanceof List<?> clauses) {
            for (Object clause : clauses) {
                Object nested = clause instanceof Document document ? idClause(document) : null;
                if (nested != null) {
                    return nested;
                }
            }
        }
        return null;
    }
}
