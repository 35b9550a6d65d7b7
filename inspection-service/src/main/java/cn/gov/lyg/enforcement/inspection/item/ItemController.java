package cn.gov.lyg.enforcement.inspection.item;

import cn.gov.lyg.enforcement.platform.security.policy.CitySupervisorsOrSystems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/inspections/v1/jobs/item-projection/rebuild}: replays catalog's item and delegation topics. */
@RestController
@RequestMapping("/api/inspections/v1")
@Tag(name = "items", description = "检查事项 (projection of catalog's events)")
public class ItemController {

    private final CatalogEventConsumer consumer;

    ItemController(CatalogEventConsumer consumer) {
        this.consumer = consumer;
    }

    @PostMapping("/jobs/item-projection/rebuild")
    @CitySupervisorsOrSystems
    @Operation(summary = "Rebuild the item usability projection by replaying catalog's topics")
    public ResponseEntity<Map<String, String>> rebuild() {
        consumer.replay();
        return ResponseEntity.accepted().body(Map.of("status", "REPLAYING"));
    }
}
