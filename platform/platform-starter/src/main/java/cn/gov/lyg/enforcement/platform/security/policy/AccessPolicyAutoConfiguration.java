package cn.gov.lyg.enforcement.platform.security.policy;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers {@link AccessPolicyInterceptor} for every handler of a servlet service. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class AccessPolicyAutoConfiguration {

    @Bean
    public AccessPolicyInterceptor accessPolicyInterceptor() {
        return new AccessPolicyInterceptor();
    }

    @Bean
    public WebMvcConfigurer accessPolicyWebMvcConfigurer(AccessPolicyInterceptor interceptor) {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(interceptor);
            }
        };
    }
}
