package cn.gov.lyg.enforcement.inspection.draw;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a draw needs besides the population and the inspectors.
 *
 * @param taskId the spot-check task
 * @param drawnAt the instant of the draw (part of the seed; truncated to milliseconds when stored)
 * @param nonce the revealed nonce whose hash was published before the draw
 * @param ratios sampling per credit class
 * @param teamSize inspectors per entity, at least 2
 * @param itemDomains enforcement domains of the task's items; a drawn inspector's certificate covers all of them
 * @param previousTeams the last team per entity (credit code → officer ids), for rotation
 */
public record DrawRequest(String taskId, Instant drawnAt, String nonce, RatioConfig ratios, int teamSize,
                          Set<String> itemDomains, Map<String, Set<String>> previousTeams) {

    public static final int MIN_TEAM_SIZE = 2;

    public DrawRequest {
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(drawnAt, "drawnAt");
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(ratios, "ratios");
        if (teamSize < MIN_TEAM_SIZE) {
            throw new IllegalArgumentException("a team needs at least " + MIN_TEAM_SIZE + " inspectors");
        }
        itemDomains = itemDomains == null ? Set.of() : Set.copyOf(itemDomains);
        previousTeams = previousTeams == null ? Map.of() : Map.copyOf(previousTeams);
    }
}
