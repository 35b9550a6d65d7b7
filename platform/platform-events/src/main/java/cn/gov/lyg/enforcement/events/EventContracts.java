package cn.gov.lyg.enforcement.events;

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
}
