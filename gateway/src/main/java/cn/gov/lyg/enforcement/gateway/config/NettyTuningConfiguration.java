package cn.gov.lyg.enforcement.gateway.config;

import io.netty.handler.flush.FlushConsolidationHandler;

import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Transport tuning of the gateway's HTTP server, from a profile of the proxied hot path: socket writes
 * ({@code send}/{@code writev}, each one also running the receiver's TCP stack on loopback) were about half
 * of the gateway's CPU, and a proxied response took three of them (status line and headers, body, last
 * chunk), each flushed on its own. A {@link FlushConsolidationHandler} at the head of every connection's
 * pipeline turns the flushes issued in one event-loop turn into one write; a flush issued outside a read
 * of the same connection (the proxied response is read from the backend connection) is run as a task at
 * the end of the turn. Figures in perf/README.md and the top-level README.
 */
@Configuration(proxyBeanMethods = false)
public class NettyTuningConfiguration {

	@Bean
	NettyServerCustomizer flushConsolidationCustomizer(EdgeProperties props) {
		EdgeProperties.Netty netty = props.getNetty();
		return server -> {
			if (!netty.isFlushConsolidation()) {
				return server;
			}
			int after = netty.getExplicitFlushAfterFlushes();
			return server.doOnChannelInit((observer, channel, remote) -> channel.pipeline()
				.addFirst("enforcement.flushConsolidation", new FlushConsolidationHandler(after, true)));
		};
	}

}
