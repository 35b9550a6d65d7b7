package cn.gov.lyg.enforcement.platform.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Access to the {@link DataScope} of the current request. */
public final class CurrentScope {

    private CurrentScope() {
    }

    public static Optional<DataScope> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof ScopedJwtAuthentication scoped) {
            return Optional.of(scoped.scope());
        }
        return Optional.empty();
    }

    /** The scope of the authenticated caller; an unauthenticated call never reaches code that asks. */
    public static DataScope get() {
        return find().orElseThrow(() -> new IllegalStateException("no authenticated caller in this thread"));
    }
}
