package cn.gov.lyg.enforcement.benchmark;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** benchmark-service: 行政裁量权基准 (discretion benchmarks, recommendations, applications). Domain endpoints come with their own issue; security, health, metrics and OpenAPI are wired. */
@SpringBootApplication
public class BenchmarkApplication {

    public static void main(String[] args) {
        SpringApplication.run(BenchmarkApplication.class, args);
    }
}
