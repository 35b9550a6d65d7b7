package cn.gov.lyg.enforcement.catalog.item;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.lyg.enforcement.events.vocabulary.SchemaEnums;
import org.junit.jupiter.api.Test;

/** The item states the events carry are exactly the states of the item's state machine. */
class ItemStatusContractTest {

    @Test
    void itemEventsCarryExactlyTheItemStates() {
        assertThat(SchemaEnums.union("/itemSnapshot/properties/status"))
                .containsExactlyInAnyOrderElementsOf(SchemaEnums.names(ItemStatus.class));
    }
}
