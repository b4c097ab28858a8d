package care.unknot.diary.it;

import com.mongodb.event.CommandFailedEvent;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandSucceededEvent;
import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;

/**
 * Counts the commands (round trips) one thread sent to MongoDB and the bytes MongoDB sent back to them (the
 * service's MongoClient registers every CommandListener bean; the sync driver calls it on the calling thread).
 */
@Singleton
public class ReadMeter implements CommandListener {

    private volatile Thread measured;
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong commands = new AtomicLong();

    /** Bytes returned to the current thread's commands while {@code action} ran. */
    public long bytesRead(Runnable action) {
        return measure(action).bytes();
    }

    /** Commands the current thread sent while {@code action} ran: its round trips to the store. */
    public long roundTrips(Runnable action) {
        return measure(action).commands();
    }

    /** What {@code action} cost the current thread: commands sent, bytes received. */
    public Cost measure(Runnable action) {
        bytes.set(0);
        commands.set(0);
        measured = Thread.currentThread();
        try {
            action.run();
        } finally {
            measured = null;
        }
        return new Cost(commands.get(), bytes.get());
    }

    public record Cost(long commands, long bytes) {
    }

    @Override
    public void commandSucceeded(CommandSucceededEvent event) {
        if (Thread.currentThread() == measured) {
            commands.incrementAndGet();
            bytes.addAndGet(new RawBsonDocument(event.getResponse(), new BsonDocumentCodec()).getByteBuffer()
                    .remaining());
        }
    }

    @Override
    public void commandFailed(CommandFailedEvent event) {
        if (Thread.currentThread() == measured) {
            commands.incrementAndGet();
        }
    }
}
