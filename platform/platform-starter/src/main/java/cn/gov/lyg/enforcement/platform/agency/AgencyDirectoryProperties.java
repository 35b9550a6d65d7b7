package cn.gov.lyg.enforcement.platform.agency;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings of the agency directory, under {@code enforcement.agency-directory}. */
@ConfigurationProperties(prefix = "enforcement.agency-directory")
public class AgencyDirectoryProperties {

    /** Whether the service keeps an agency directory (off unless a service asks for it). */
    private boolean enabled;
    /** The Mongo collection of the directory. */
    private String collection = "agencies";
    /** The consumer group; empty means {@code <spring.application.name>-agencies}. */
    private String consumerGroup = "";
    private final Consumer consumer = new Consumer();
    private final Reference reference = new Reference();

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getCollection() {
        return collection;
    }

    public void setCollection(String collection) {
        this.collection = collection;
    }

    public String getConsumerGroup() {
        return consumerGroup;
    }

    public void setConsumerGroup(String consumerGroup) {
        this.consumerGroup = consumerGroup;
    }

    public Consumer getConsumer() {
        return consumer;
    }

    public Reference getReference() {
        return reference;
    }

    public static class Consumer {
        /** Whether the directory follows {@code personnel.agencies.v1}. */
        private boolean enabled = true;

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }
    }

    public static class Reference {
        /** Whether an empty directory is seeded from the reference file at start-up. */
        private boolean enabled = true;
        /** The reference file. */
        private String location = ReferenceAgencies.LOCATION;

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public String getLocation() {
            return location;
        }

        public void setLocation(String location) {
            this.location = location;
        }
    }
}
