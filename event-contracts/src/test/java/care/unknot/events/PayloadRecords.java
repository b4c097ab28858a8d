package care.unknot.events;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.LinkedHashSet;
import java.util.Set;

/** Reflection over the payload records: every record type reachable from the catalog, nested ones included. */
final class PayloadRecords {

    private PayloadRecords() {
    }

    static Set<Class<?>> reachableRecords() {
        Set<Class<?>> found = new LinkedHashSet<>();
        EventCatalog.entries().forEach(entry -> collect(entry.recordClass(), found));
        return found;
    }

    /** The class a component holds: the element class for a {@code List<X>}. */
    static Class<?> valueClass(RecordComponent component) {
        Type generic = component.getGenericType();
        if (generic instanceof ParameterizedType parameterized) {
            return (Class<?>) parameterized.getActualTypeArguments()[0];
        }
        return component.getType();
    }

    private static void collect(Class<?> type, Set<Class<?>> found) {
        if (!type.isRecord() || !found.add(type)) {
            return;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            collect(valueClass(component), found);
        }
    }
}
