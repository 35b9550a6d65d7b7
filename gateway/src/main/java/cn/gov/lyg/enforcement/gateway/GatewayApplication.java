package cn.gov.lyg.enforcement.gateway;

import cn.gov.lyg.enforcement.gateway.config.EventLoops;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The single entry point for clients: JWT check, routing to the five services, CORS, rate limits,
 * circuit breakers, problem details and one Swagger UI over all services.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GatewayApplication {

	public static void main(String[] args) {
		// before anything touches Reactor Netty's LoopResources
		EventLoops.configure();
		SpringApplication.run(GatewayApplication.class, args);
	}

}
