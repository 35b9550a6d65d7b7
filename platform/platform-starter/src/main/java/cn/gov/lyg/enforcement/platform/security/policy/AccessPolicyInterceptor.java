package cn.gov.lyg.enforcement.platform.security.policy;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Decides the named {@link AccessPolicy} of a controller method (on the method, else on its class) before Spring MVC
 * resolves the method's arguments, i.e. before the body is read and validated: authorization first, then validation.
 * A denial is an {@link AccessDeniedException}, which the platform answers with 403 problem+json. Handlers without
 * a named policy are left to method security as before.
 */
public class AccessPolicyInterceptor implements HandlerInterceptor {

    private final PreAuthorizeAuthorizationManager manager = new PreAuthorizeAuthorizationManager();
    private final Map<Method, Optional<Annotation>> policies = new ConcurrentHashMap<>();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        Optional<Annotation> policy = policies.computeIfAbsent(method.getMethod(),
                m -> policyOn(m).or(() -> policyOn(method.getBeanType())));
        if (policy.isEmpty()) {
            return true;
        }
        Method target = method.getMethod();
        Object bean = method.getBean();
        SimpleMethodInvocation invocation = new SimpleMethodInvocation(bean, target,
                new Object[target.getParameterCount()]);
        AuthorizationResult result = manager.authorize(this::authentication, invocation);
        if (result != null && !result.isGranted()) {
            throw new AccessDeniedException("access denied by " + policy.get().annotationType().getSimpleName());
        }
        return true;
    }

    private Authentication authentication() {
        return SecurityContextHolder.getContext().getAuthentication();
    }

    /** The named policy directly on the element, if any. */
    static Optional<Annotation> policyOn(AnnotatedElement element) {
        for (Annotation annotation : element.getAnnotations()) {
            if (annotation.annotationType().isAnnotationPresent(AccessPolicy.class)) {
                return Optional.of(annotation);
            }
        }
        return Optional.empty();
    }
}
