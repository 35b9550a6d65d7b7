package cn.gov.lyg.enforcement.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the {@link EventContract} of an event class, failing loudly when one is missing. */
public final class EventContracts {

    private EventContracts() {
    }

    public static EventContract of(Class<?> eventClass) {
        EventContract contract = eventClass.getAnnotation(EventContract.class);
        if (contract == null) {
            throw new IllegalArgumentException(eventClass.getName() + " has no @EventContract");
        }
        return contract;
    }

    public static EventContract of(DomainEvent event) {
        return of(event.getClass());
    }

    /** Every CloudEvent type a consumer of the class reads: the earlier versions (oldest first), then the current. */
    public static List<String> readableTypes(Class<?> eventClass) {
        EventContract contract = of(eventClass);
        List<String> types = new ArrayList<>();
        for (EventVersion v : contract.previous()) {
            types.add(v.type());
        }
        types.add(contract.type());
        return List.copyOf(types);
    }

    /**
     * The schema of the version {@code type} of the class: the current one or an earlier one, empty when the class
     * has no such version.
     */
    public static Optional<String> schemaOf(Class<?> eventClass, String type) {
        EventContract contract = of(eventClass);
        if (contract.type().equals(type)) {
            return Optional.of(contract.schema());
        }
        for (EventVersion v : contract.previous()) {
            if (v.type().equals(type)) {
                return Optional.of(v.schema());
            }
        }
        return Optional.empty();
    }
}
