package cn.gov.lyg.enforcement.personnel;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.EnableScheduling;

/** personnel-service: 行政执法主体、人员、证件、辅助人员、培训、考核 (agencies, officers, certificates, training, assessments). */
@SpringBootApplication
@EnableScheduling
@EnableConfigurationProperties(PersonnelProperties.class)
public class PersonnelApplication {

    public static void main(String[] args) {
        SpringApplication.run(PersonnelApplication.class, args);
    }
}
