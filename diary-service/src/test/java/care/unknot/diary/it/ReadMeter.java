package care.unknot.diary.it;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandSucceededEvent;
import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;

/**
 * Counts the bytes MongoDB sent back to the commands of one thread (the service's MongoClient registers every
 * CommandListener bean; the sync driver calls it on the calling thread).
 */
@Singleton
public class ReadMeter implements CommandListener {

    private volatile Thread measured;
    private final AtomicLong bytes = new AtomicLong();

    /** Bytes returned to the current thread's commands while {@code action} ran. */
    public long bytesRead(Runnable action) {
        bytes.set(0);
        measured = Thread.currentThread();
        try {
            action.run();
        } finally {
            measured = null;
        }
        return bytes.get();
    }

    @Override
    public void commandSucceeded(CommandSucceededEvent event) {
        if (Thread.currentThread() == measured) {
            bytes.addAndGet(new RawBsonDocument(event.getResponse(), new BsonDocumentCodec()).getByteBuffer()
                    .remaining());
        }
    }
}
