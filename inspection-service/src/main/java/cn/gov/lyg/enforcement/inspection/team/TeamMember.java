package cn.gov.lyg.enforcement.inspection.team;

import java.util.Objects;

/**
 * A member of an inspection team.
 *
 * @param role {@code null} when not given: officers become INSPECTOR (the first one LEAD), auxiliary staff ASSISTANT
 */
public record TeamMember(String personId, MemberKind kind, TeamRole role) {

    public TeamMember {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(kind, "kind");
    }

    public static TeamMember officer(String id) {
        return new TeamMember(id, MemberKind.OFFICER, null);
    }

    public static TeamMember officer(String id, TeamRole role) {
        return new TeamMember(id, MemberKind.OFFICER, role);
    }

    public static TeamMember auxiliary(String id) {
        return new TeamMember(id, MemberKind.AUXILIARY, null);
    }

    public static TeamMember auxiliary(String id, TeamRole role) {
        return new TeamMember(id, MemberKind.AUXILIARY, role);
    }

    public TeamMember withRole(TeamRole newRole) {
        return new TeamMember(personId, kind, newRole);
    }
}
