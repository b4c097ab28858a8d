package care.unknot.events;

import java.util.List;

/** Payload lists are never null: a missing list reads as empty, and every list is immutable. */
public final class EventLists {

    private EventLists() {
    }

    public static <T> List<T> copyOrEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
