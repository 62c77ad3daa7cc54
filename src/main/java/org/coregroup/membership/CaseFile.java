package org.coregroup.membership;

import java.time.LocalDate;

/**
 * What every process of one case needs to know about it: its named roles, its members, the ICPC
 * date and the rules it runs under. Read from the case's running processes (see {@link CaseLookup}).
 */
public record CaseFile(String caseReference, String childName, String keyWorker, String teamManager,
    String conferenceChair, Object coreGroupMembers, LocalDate icpcDate, String localPolicy, String jurisdiction,
    Object policy) {

  /** The case as a process of it keeps it ({@code vars}: its variables, the case's among them). */
  public static CaseFile of(String caseReference, java.util.Map<String, Object> vars) {
    return new CaseFile(caseReference, text(vars.get(CaseVariables.CHILD_NAME)), text(vars.get(CaseVariables.KEY_WORKER)),
        text(vars.get(CaseVariables.TEAM_MANAGER)), text(vars.get(CaseVariables.CONFERENCE_CHAIR)), vars.get(CaseVariables.CORE_GROUP_MEMBERS),
        org.coregroup.input.FormInput.toDate(vars.get(CaseVariables.ICPC_DATE)), text(vars.get(CaseVariables.LOCAL_POLICY)),
        text(vars.get(CaseVariables.JURISDICTION)), vars.get(CaseVariables.POLICY));
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  /** The case's named roles, members and rules as the variables a process of the case keeps (R23: its tasks go to them). */
  public java.util.Map<String, Object> variables() {
    java.util.Map<String, Object> variables = new java.util.LinkedHashMap<>();
    variables.put(CaseVariables.CASE_REFERENCE, caseReference);
    variables.put(CaseVariables.CHILD_NAME, childName);
    variables.put(CaseVariables.KEY_WORKER, keyWorker);
    variables.put(CaseVariables.TEAM_MANAGER, teamManager);
    variables.put(CaseVariables.CONFERENCE_CHAIR, conferenceChair);
    variables.put(CaseVariables.CORE_GROUP_MEMBERS, coreGroupMembers);
    variables.put(CaseVariables.ICPC_DATE, icpcDate.toString());
    variables.put(CaseVariables.LOCAL_POLICY, localPolicy);
    variables.put(CaseVariables.JURISDICTION, jurisdiction);
    variables.put(CaseVariables.POLICY, policy);
    return variables;
  }

  /** Copies {@link #variables} into a process of the case. */
  public void copyInto(org.camunda.bpm.engine.delegate.VariableScope scope) {
    scope.setVariables(variables());
  }
}
