package cn.gov.lyg.enforcement.inspection;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** inspection-service: 行政检查、双随机、综合查一次 (inspections, random spot checks, joint inspections). Domain endpoints come with their own issue; security, health, metrics and OpenAPI are wired. */
@SpringBootApplication
public class InspectionApplication {

    public static void main(String[] args) {
        SpringApplication.run(InspectionApplication.class, args);
    }
}
