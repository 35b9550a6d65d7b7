package cn.gov.lyg.enforcement.personnel.recusal;

import cn.gov.lyg.enforcement.events.personnel.RecusalDeclared;
import cn.gov.lyg.enforcement.events.personnel.RecusalWithdrawn;
import cn.gov.lyg.enforcement.events.vocabulary.PartyType;
import cn.gov.lyg.enforcement.platform.mongo.AggregateDocument;
import cn.gov.lyg.enforcement.platform.problem.InvalidTransitionException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * 回避声明 (行政处罚法 Art. 43, P4): an officer's declared conflict with a party (an organisation by credit code, a
 * citizen by ID number — kept as keyed hash and masked form only). While ACTIVE and within its dates it blocks
 * drawing or assigning the officer for that party.
 */
@Document(Recusal.COLLECTION)
public class Recusal extends AggregateDocument {

    public static final String COLLECTION = "recusals";

    @Id
    private String id;
    private String officerId;
    private String agencyCode;
    private String regionCode;
    private PartyType partyType;
    private String partyCreditCode;
    private String partyIdHash;
    private String partyIdMasked;
    private String partyName;
    private String relation;
    private LocalDate validFrom;
    private LocalDate validTo;
    private boolean active;

    protected Recusal() {
        // for the mapping layer
    }

    public static Recusal declare(String officerId, String agencyCode, String regionCode, PartyType type,
                                  String creditCode, String idHash, String idMasked, String name, String relation,
                                  LocalDate from, LocalDate to, String actor, Clock clock) {
        Recusal r = new Recusal();
        r.id = UUID.randomUUID().toString();
        r.officerId = officerId;
        r.agencyCode = agencyCode;
        r.regionCode = regionCode;
        r.partyType = type;
        r.partyCreditCode = creditCode;
        r.partyIdHash = idHash;
        r.partyIdMasked = idMasked;
        r.partyName = name;
        r.relation = relation;
        r.validFrom = from;
        r.validTo = to;
        r.active = true;
        r.audit("RECUSAL_DECLARED", Map.of("officerId", officerId, "party",
                creditCode != null ? creditCode : idMasked));
        r.raise(new RecusalDeclared(UUID.randomUUID().toString(), OffsetDateTime.now(clock), r.id, r.nextVersion(),
                regionCode, agencyCode, officerId, type.name(), creditCode, idMasked, name, relation, from, to, actor));
        return r;
    }

    /**
     * Withdraws the declaration from today on; raises {@link RecusalWithdrawn} so that projections of the recusals
     * stop blocking the officer for the party.
     */
    public void withdraw(String actor, Clock clock) {
        if (!active) {
            throw new InvalidTransitionException("Recusal", "WITHDRAWN", "withdraw", List.of());
        }
        active = false;
        audit("RECUSAL_WITHDRAWN", Map.of("officerId", officerId));
        OffsetDateTime now = OffsetDateTime.now(clock);
        raise(new RecusalWithdrawn(UUID.randomUUID().toString(), now, id, nextVersion(), regionCode, agencyCode,
                officerId, partyType.name(), partyCreditCode, partyIdMasked,
                now.atZoneSameInstant(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate(), actor));
    }

    /** Whether it blocks the officer for the party on {@code date}. */
    public boolean blocks(String creditCode, String idHash, LocalDate date) {
        boolean party = (creditCode != null && creditCode.equals(partyCreditCode))
                || (idHash != null && idHash.equals(partyIdHash));
        return active && party && !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    @Override
    public String aggregateId() {
        return id;
    }

    @Override
    public String aggregateType() {
        return "Recusal";
    }

    public String getId() {
        return id;
    }

    public String getOfficerId() {
        return officerId;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public View view() {
        return new View(id, officerId, agencyCode, partyType, partyCreditCode, partyIdMasked, partyName, relation,
                validFrom, validTo, active, getVersion());
    }

    /** The API representation (a citizen party's ID number masked). */
    public record View(String id, String officerId, String agencyCode, PartyType partyType, String partyCreditCode,
                       String partyIdCardNo, String partyName, String relation, LocalDate validFrom, LocalDate validTo,
                       boolean active, Long version) {
    }
}
