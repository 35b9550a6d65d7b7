package cn.gov.lyg.enforcement.supervision;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** supervision-service: 行政执法监督 (cases, complaints, reviews, letters, statistics, provincial push). Domain endpoints come with their own issue; security, health, metrics and OpenAPI are wired. */
@SpringBootApplication
public class SupervisionApplication {

    public static void main(String[] args) {
        SpringApplication.run(SupervisionApplication.class, args);
    }
}
